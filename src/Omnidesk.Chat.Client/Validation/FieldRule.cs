using System.Buffers;
using System.Globalization;
using System.Net.Mail;

namespace Omnidesk.Chat.Client.Validation;

/// <summary>
/// One documented rule for one wire field. Every endpoint checks its fields through the rules in
/// <see cref="FieldRules"/>, so a rule is written once and reads the same in every error.
/// </summary>
internal sealed class FieldRule
{
    private readonly SearchValues<char>? _allowed;
    private readonly PlusSign _plus;
    private readonly string[]? _oneOf;

    private FieldRule(string field, string rule, int minLength, SearchValues<char>? allowed, PlusSign plus, string[]? oneOf, bool email, bool secret = false)
    {
        Field = field;
        Rule = rule;
        MinLength = minLength;
        Secret = secret;
        _allowed = allowed;
        _plus = plus;
        _oneOf = oneOf;
        Email = email;
    }

    internal enum PlusSign { None, Optional, Required }

    public string Field { get; }

    public string Rule { get; }

    public int MinLength { get; }

    public bool Secret { get; }

    public bool Email { get; }

    /// <summary>A field made of one set of characters, like <c>^\+?[a-zA-Z0-9-]+$</c>.</summary>
    public static FieldRule Characters(string field, string rule, string allowed, int minLength = 1, bool secret = false, PlusSign plus = PlusSign.None) =>
        new(field, rule, minLength, SearchValues.Create(allowed), plus, oneOf: null, email: false, secret);

    /// <summary>A field whose value is one of a fixed set, compared exactly.</summary>
    public static FieldRule OneOf(string field, params string[] values) =>
        // Stryker disable once Boolean : a value list is checked before the e-mail form, so Email is never read for it
        new(field, "one of " + string.Join(", ", values), 1, allowed: null, PlusSign.None, values, email: false);

    /// <summary>A field holding an e-mail address.</summary>
    public static FieldRule EmailAddress(string field) =>
        new(field, "an e-mail address", 1, allowed: null, PlusSign.None, oneOf: null, email: true);

    /// <summary>A field that must only be present and not blank.</summary>
    public static FieldRule Text(string field) =>
        new(field, "required", 1, allowed: null, PlusSign.None, oneOf: null, email: false);

    /// <summary>Throws when the value is missing or breaks the rule.</summary>
    public void Require(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new OmnideskValidationException(Field, "required", "a value is required but none was given.");
        }

        Check(value);
    }

    /// <summary>Throws when a value is given and breaks the rule; a missing value passes.</summary>
    public void CheckIfSet(string? value)
    {
        if (value is not null)
        {
            Check(value);
        }
    }

    /// <summary>Whether the value satisfies the rule.</summary>
    public bool IsValid(string value) => Problem(value) is null;

    private void Check(string value)
    {
        if (Problem(value) is { } problem)
        {
            throw new OmnideskValidationException(Field, Rule, problem);
        }
    }

    /// <summary>What is wrong with the value, in words that never repeat it whole; <see langword="null"/> when valid.</summary>
    public string? Problem(string value)
    {
        if (value.Length < MinLength)
        {
            return $"it is {value.Length} characters long; at least {MinLength} are required.";
        }

        if (_oneOf is not null)
        {
            return Array.IndexOf(_oneOf, value) >= 0 ? null : $"'{value}' is not one of the allowed values.";
        }

        if (Email)
        {
            return MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal)
                ? null
                : "it is not an e-mail address of the form name@domain.tld.";
        }

        if (_allowed is null)
        {
            return value.Trim().Length == 0 ? "it is blank." : null;
        }

        var body = value.AsSpan();
        var hasPlus = body is ['+', ..];
        if (_plus == PlusSign.Required && !hasPlus)
        {
            return "it must start with '+'.";
        }

        if (hasPlus && _plus != PlusSign.None)
        {
            body = body[1..];
        }

        if (body.IsEmpty)
        {
            return "it has no characters after the '+'.";
        }

        var bad = body.IndexOfAnyExcept(_allowed);
        if (bad < 0)
        {
            return null;
        }

        var position = bad + (value.Length - body.Length) + 1;
        return Secret
            ? $"it contains a character that is not allowed (position {position.ToString(CultureInfo.InvariantCulture)})."
            : $"'{Describe(body[bad])}' at position {position.ToString(CultureInfo.InvariantCulture)} is not allowed.";
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : c.ToString();
}
