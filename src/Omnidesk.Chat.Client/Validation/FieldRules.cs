namespace Omnidesk.Chat.Client.Validation;

/// <summary>
/// The one table of documented field rules (<c>docs/wire-format.md</c>: Omnidesk's "Chat" API page and its chatbot integration guide). Endpoints name the
/// rules they apply; no rule is written anywhere else.
/// </summary>
internal static partial class FieldRules
{
    private const string LettersDigits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Digits = "0123456789";

    /// <summary><c>chatServer</c>: <c>^[a-zA-Z0-9.:/-]+$</c>, at least 5 characters.</summary>
    public static readonly FieldRule ChatServer = FieldRule.Characters("chatServer", "^[a-zA-Z0-9.:/-]+$, at least 5 characters", LettersDigits + ".:/-", minLength: 5);

    /// <summary><c>chatAccountToken</c>: <c>^[a-zA-Z0-9]+$</c>, at least 10 characters; a secret.</summary>
    public static readonly FieldRule ChatAccountToken = FieldRule.Characters("chatAccountToken", "^[a-zA-Z0-9]+$, at least 10 characters", LettersDigits, minLength: 10, secret: true);

    /// <summary><c>chatServerToken</c>: letters and digits (assumed, like the account token); a secret.</summary>
    public static readonly FieldRule ChatServerToken = FieldRule.Characters("chatServerToken", "^[a-zA-Z0-9]+$", LettersDigits, secret: true);

    /// <summary><c>chatSessionID</c> on <c>notifyUserNewChatMessage</c>: <c>^\+?[a-zA-Z0-9-]+$</c>.</summary>
    public static readonly FieldRule MessageSessionId = FieldRule.Characters("chatSessionID", @"^\+?[a-zA-Z0-9-]+$", LettersDigits + "-", plus: FieldRule.PlusSign.Optional);

    /// <summary><c>chatSessionID</c> on every other endpoint: <c>^[a-zA-Z0-9-]+$</c> (no leading <c>+</c>).</summary>
    public static readonly FieldRule SessionId = FieldRule.Characters("chatSessionID", "^[a-zA-Z0-9-]+$", LettersDigits + "-");

    /// <summary><c>event</c>: exactly one of the four documented events.</summary>
    public static readonly FieldRule Event = FieldRule.OneOf("event", "startedtyping", "stoppedtyping", "expandedchat", "minimizedchat");

    /// <summary><c>customerName</c>: <c>^[a-zA-Z 0-9]+$</c>.</summary>
    public static readonly FieldRule CustomerName = FieldRule.Characters("customerName", "^[a-zA-Z 0-9]+$", LettersDigits + " ");

    /// <summary><c>emailAddress</c>: an e-mail address.</summary>
    public static readonly FieldRule EmailAddress = FieldRule.EmailAddress("emailAddress");

    /// <summary><c>phoneNumber</c>: <c>^\+[0-9]+$</c>.</summary>
    public static readonly FieldRule PhoneNumber = FieldRule.Characters("phoneNumber", @"^\+[0-9]+$", Digits, plus: FieldRule.PlusSign.Required);

    /// <summary><c>origin</c>: a host name, <c>^[a-zA-Z0-9.-]+$</c>.</summary>
    public static readonly FieldRule Origin = FieldRule.Characters("origin", "^[a-zA-Z0-9.-]+$", LettersDigits + ".-");

    /// <summary><c>message</c> of a chat message: present and not blank.</summary>
    public static readonly FieldRule Message = FieldRule.Text("message");

    /// <summary><c>url</c> of a visit: present and not blank.</summary>
    public static readonly FieldRule Url = FieldRule.Text("url");

    /// <summary><c>ip</c> of an origin check: present and not blank.</summary>
    public static readonly FieldRule Ip = FieldRule.Text("ip");

    /// <summary><c>from</c> of a chatbot log as an e-mail address (the other accepted form is <see cref="ChatbotFromPhone"/>).</summary>
    public static readonly FieldRule ChatbotFromEmail = FieldRule.EmailAddress("from");

    /// <summary><c>from</c> of a chatbot log as a phone number: <c>^\+?[0-9]+$</c>.</summary>
    public static readonly FieldRule ChatbotFromPhone = FieldRule.Characters("from", @"^\+?[0-9]+$", Digits, plus: FieldRule.PlusSign.Optional);

    /// <summary><c>subject</c> of a chatbot log: present and not blank.</summary>
    public static readonly FieldRule Subject = FieldRule.Text("subject");

    /// <summary>Throws when a number is below its documented minimum.</summary>
    public static void AtLeast(string field, long value, long minimum)
    {
        if (value < minimum)
        {
            throw new OmnideskValidationException(field, $">= {minimum}", $"{value} is below the minimum of {minimum}.");
        }
    }

    /// <summary>Throws when a number is outside its documented range.</summary>
    public static void Within(string field, long value, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new OmnideskValidationException(field, $"{minimum}..{maximum}", $"{value} is outside {minimum}..{maximum}.");
        }
    }
}
