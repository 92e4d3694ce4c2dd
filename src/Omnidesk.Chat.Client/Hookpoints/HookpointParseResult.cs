namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The result of <see cref="OmnideskHookpointParser.ParseAsync"/>: a typed event, or why there is none.</summary>
public sealed class HookpointParseResult
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

    internal static HookpointParseResult Success(OmnideskHookpointEvent parsedEvent) =>
        new(HookpointParseOutcome.Parsed, parsedEvent, null);

    internal static HookpointParseResult Failure(HookpointParseOutcome outcome, string reason) =>
        new(outcome, null, reason);

    /// <inheritdoc/>
    public override string ToString() =>
        Succeeded ? $"Parsed {Event!.Kind}" : $"{Outcome}: {FailureReason}";
}
