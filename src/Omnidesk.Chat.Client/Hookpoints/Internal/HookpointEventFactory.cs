namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The one table of hookpoint field rules: which fields each hookpoint needs and how they become a typed event.
/// Reasons name the field with its documented spelling and never quote a value.
/// </summary>
internal static class HookpointEventFactory
{
    public const string SessionIdField = "sessionID";
    public const string FileField = "file";
    private const string TypingSessionIdField = "SessionID";
    private const string TypingField = "Typing";
    private const string MessageField = "message";
    private const string NameField = "name";
    private const string PictureField = "picture";

    /// <summary>Builds the event for a text hookpoint (every kind but uploads).</summary>
    public static HookpointParseResult Create(HookpointKind kind, HookpointFields fields)
    {
        if (fields.DuplicateName is { } duplicate)
        {
            return Invalid($"field '{duplicate}' appears more than once");
        }

        switch (kind)
        {
            case HookpointKind.MessageForCustomer:
                if (!TryGetSessionId(fields, SessionIdField, out var sessionId, out var failure)
                    || !TryGetText(fields, MessageField, required: true, out var message, out failure)
                    || !TryGetText(fields, NameField, required: false, out var name, out failure)
                    || !TryGetText(fields, PictureField, required: false, out var picture, out failure))
                {
                    return failure;
                }

                return HookpointParseResult.Success(
                    new AgentMessageEvent(sessionId, NullIfEmpty(name), message!, NullIfEmpty(picture)));

            case HookpointKind.TypingIndicatorForCustomer:
                if (!TryGetSessionId(fields, TypingSessionIdField, out sessionId, out failure)
                    || !TryGetBoolean(fields, TypingField, out var typing, out failure))
                {
                    return failure;
                }

                return HookpointParseResult.Success(new AgentTypingEvent(sessionId, typing));

            case HookpointKind.EndSession:
                return TryGetSessionId(fields, SessionIdField, out sessionId, out failure)
                    ? HookpointParseResult.Success(new SessionEndedEvent(sessionId))
                    : failure;

            default:
                // Stryker disable once String : the parser reads uploads itself and refuses an undefined kind, so no hookpoint gets here
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Uploads are read by the upload parser.");
        }
    }

    public static bool TryGetSessionId(
        HookpointFields fields, string field, out string sessionId, out HookpointParseResult failure)
    {
        // Stryker disable once String : every caller reads the session id only when this returns true, which sets it
        sessionId = string.Empty;
        if (!TryGetText(fields, field, required: true, out var value, out failure))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            failure = Invalid($"field '{field}' is empty");
            return false;
        }

        sessionId = value;
        return true;
    }

    public static HookpointParseResult Invalid(string reason) =>
        HookpointParseResult.Failure(HookpointParseOutcome.InvalidField, reason);

    private static bool TryGetText(
        HookpointFields fields, string field, bool required, out string? value, out HookpointParseResult failure)
    {
        failure = null!;
        if (!fields.TryGet(field, out value))
        {
            if (required)
            {
                failure = Invalid($"field '{field}' is missing");
                return false;
            }

            return true;
        }

        if (value is null)
        {
            failure = Invalid($"field '{field}' must be text");
            return false;
        }

        return true;
    }

    private static bool TryGetBoolean(HookpointFields fields, string field, out bool value, out HookpointParseResult failure)
    {
        value = false;
        if (!TryGetText(fields, field, required: true, out var text, out failure))
        {
            return false;
        }

        switch (text!.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1":
                value = true;
                return true;
            case "FALSE" or "0":
                return true;
            default:
                failure = Invalid($"field '{field}' must be true, false, 1 or 0");
                return false;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
