using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>A failure the emulator injects into a request; create one with the static methods.</summary>
public sealed class EmulatorFault
{
    private EmulatorFault(EmulatorFaultKind kind, int statusCode = 0, TimeSpan? retryAfter = null, TimeSpan delay = default)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        DelayDuration = delay;
    }

    /// <summary>Gets what the fault does.</summary>
    public EmulatorFaultKind Kind { get; }

    /// <summary>Gets the status code a <see cref="EmulatorFaultKind.Status"/> fault answers; 0 for other kinds.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the <c>Retry-After</c> a <see cref="EmulatorFaultKind.Status"/> fault sends, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets how long a <see cref="EmulatorFaultKind.Delay"/> fault waits; zero for other kinds.</summary>
    public TimeSpan DelayDuration { get; }

    /// <summary>
    /// Answers <paramref name="statusCode"/> with <c>{"status":"error","message":...}</c> without processing the
    /// request; sends <c>Retry-After</c> in whole seconds (rounded up) when <paramref name="retryAfter"/> is set.
    /// </summary>
    /// <param name="statusCode">An error status from 400 to 599, for example 429, 500 or 503.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send, or <see langword="null"/> for none.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not 400-599 or the retry-after is negative.</exception>
    public static EmulatorFault Status(int statusCode, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        if (retryAfter is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(retryAfter));
        }

        return new EmulatorFault(EmulatorFaultKind.Status, statusCode, retryAfter);
    }

    /// <summary>Waits <paramref name="delay"/>, then processes and answers the request normally.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static EmulatorFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new EmulatorFault(EmulatorFaultKind.Delay, delay: delay);
    }

    /// <summary>Reads the request, then drops the connection without processing it: nothing is stored.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropBeforeProcessing() => new(EmulatorFaultKind.DropBeforeProcessing);

    /// <summary>
    /// Processes the request (a message is stored, a ticket created), then drops the connection without an
    /// answer: the caller cannot know the request was taken.
    /// </summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropAfterProcessing() => new(EmulatorFaultKind.DropAfterProcessing);

    /// <summary>Processes the request, then answers 200 with the first half of the JSON body.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault MalformedJson() => new(EmulatorFaultKind.MalformedJson);

    /// <summary>Processes the request, then answers 200 with an empty body.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault EmptyBody() => new(EmulatorFaultKind.EmptyBody);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        EmulatorFaultKind.Status when RetryAfter is { } retry
            => string.Create(CultureInfo.InvariantCulture, $"Status({StatusCode}, Retry-After {retry.TotalSeconds}s)"),
        EmulatorFaultKind.Status => string.Create(CultureInfo.InvariantCulture, $"Status({StatusCode})"),
        EmulatorFaultKind.Delay => string.Create(CultureInfo.InvariantCulture, $"Delay({DelayDuration.TotalMilliseconds}ms)"),
        _ => Kind.ToString(),
    };
}
