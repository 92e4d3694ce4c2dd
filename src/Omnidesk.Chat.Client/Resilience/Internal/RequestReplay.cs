namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// Whether a request can be sent once more, and the copy of it each attempt sends (an
/// <see cref="HttpRequestMessage"/> is sent once only; its content is written again by each copy).
/// </summary>
internal static class RequestReplay
{
    /// <summary>
    /// Whether the request's content can be written again: content in memory always can; content that reads a
    /// stream says so through <see cref="IResendableContent"/>, and a plain <see cref="StreamContent"/> can only
    /// until its body first started to go out (it cannot tell whether its stream seeks).
    /// </summary>
    public static bool CanSendAgain(CallState call) => call.Request.Content switch
    {
        null => true,
        IResendableContent content => content.CanSendAgain,
        { } content when HoldsStream(content) => !call.BodyEverStarted,
        _ => true,
    };

    /// <summary>
    /// The message one attempt sends: the caller's own message on the first attempt of a request without a body
    /// (nothing to watch, nothing to copy), else a fresh copy (<see cref="CreateAttempt"/>). Release it with
    /// <see cref="Release"/>.
    /// </summary>
    public static HttpRequestMessage ForAttempt(CallState call) =>
        call.Attempts == 1 && call.Request.Content is null ? call.Request : CreateAttempt(call);

    /// <summary>Disposes an attempt's message when it is a copy; the caller's own message is the caller's to dispose.</summary>
    public static void Release(HttpRequestMessage attempt, CallState call)
    {
        if (!ReferenceEquals(attempt, call.Request))
        {
            attempt.Dispose();
        }
    }

    /// <summary>A fresh message for one attempt: the same method, address, version, headers and options, and the content wrapped.</summary>
    private static HttpRequestMessage CreateAttempt(CallState call)
    {
        var original = call.Request;
        var attempt = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
            Content = original.Content is null ? null : new AttemptContent(original.Content, call),
        };

        foreach (var header in original.Headers)
        {
            attempt.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        IDictionary<string, object?> options = attempt.Options;
        foreach (var option in original.Options)
        {
            options[option.Key] = option.Value;
        }

        return attempt;
    }

    private static bool HoldsStream(HttpContent content) => content switch
    {
        StreamContent => true,
        MultipartContent parts => parts.Any(HoldsStream),
        _ => false,
    };
}
