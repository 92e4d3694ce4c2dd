using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The result of <see cref="OmnideskHookpointParser.ParseAsync"/>: a typed event, or why there is none.</summary>
/// <remarks>
/// Dispose it once the handler has returned: an upload whose file came before <c>sessionID</c> holds the file in a
/// temporary file, deleted on disposal.
/// </remarks>
public sealed class HookpointParseResult : IAsyncDisposable
{
    private HookpointParseResult(HookpointParseOutcome outcome, OmnideskHookpointEvent? parsedEvent, string? failureReason)
    {
        Outcome = outcome;
        Event = parsedEvent;
        FailureReason = failureReason;
    }

    /// <summary>Gets how parsing ended.</summary>
    public HookpointParseOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether <see cref="Event"/> holds an event.</summary>
    public bool Succeeded => Outcome == HookpointParseOutcome.Parsed;

    /// <summary>Gets the event when parsing succeeded, otherwise <see langword="null"/>.</summary>
    public OmnideskHookpointEvent? Event { get; }

    /// <summary>
    /// Gets a one-line reason naming the field or rule when parsing failed, otherwise <see langword="null"/>.
    /// It never quotes field values, so it is safe to send back and to log.
    /// </summary>
    public string? FailureReason { get; }

    /// <summary>
    /// Gets the failure met while the handler read <see cref="AgentFileEvent.Content"/> (the file was larger than
    /// the limit, or the body broke off or turned malformed after the file started), even when the handler caught
    /// or wrapped the exception; otherwise <see langword="null"/>. A host answers the request with it
    /// (<see cref="HookpointParseOutcome.PayloadTooLarge"/>: 413, otherwise 400) instead of <c>ok</c>.
    /// </summary>
    public HookpointBodyException? FileReadFailure =>
        Event is AgentFileEvent { Content: HookpointPartStream { Failure: { } failure } } ? failure : null;

    internal static HookpointParseResult Success(OmnideskHookpointEvent parsedEvent) =>
        new(HookpointParseOutcome.Parsed, parsedEvent, null);

    internal static HookpointParseResult Failure(HookpointParseOutcome outcome, string reason) =>
        new(outcome, null, reason);

    /// <summary>Releases the file of an <see cref="AgentFileEvent"/>, if any.</summary>
    /// <returns>The disposal.</returns>
    public ValueTask DisposeAsync() => Event is AgentFileEvent file ? file.Content.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc/>
    public override string ToString() =>
        Succeeded ? $"Parsed {Event!.Kind}" : $"{Outcome}: {FailureReason}";
}
