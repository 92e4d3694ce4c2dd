using System.Globalization;
using System.Text.RegularExpressions;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>One field's rule: checks a value and describes the rule it broke (never the value).</summary>
internal sealed class FieldRule
{
    private readonly Func<string, bool> _accepts;

    private FieldRule(string name, string description, Func<string, bool> accepts)
    {
        Name = name;
        Description = description;
        _accepts = accepts;
    }

    public string Name { get; }

    /// <summary>Gets the rule in words, used as <c>"{Name}: {Description}"</c> in a 400 answer.</summary>
    public string Description { get; }

    public static FieldRule Pattern(string name, Regex pattern, int minLength = 0)
    {
        var description = minLength > 0
            ? string.Create(CultureInfo.InvariantCulture, $"must match {pattern} and be at least {minLength} characters")
            : $"must match {pattern}";
        return new FieldRule(name, description, v => v.Length >= minLength && pattern.IsMatch(v));
    }

    public static FieldRule Integer(string name, long minimum = long.MinValue, long maximum = long.MaxValue)
    {
        var description = (minimum, maximum) switch
        {
            (long.MinValue, long.MaxValue) => "must be an integer",
            (_, long.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"must be an integer of at least {minimum}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"must be an integer from {minimum} to {maximum}"),
        };
        return new FieldRule(name, description, v => TryParseInteger(v, out var n) && n >= minimum && n <= maximum);
    }

    public static FieldRule Uuid(string name)
        => new(name, "must be a uuid", v => Guid.TryParseExact(v, "D", out _));

    public static FieldRule DateTime(string name)
        => new(name, "must be an ISO 8601 date-time", v => TryParseDateTime(v, out _));

    public static FieldRule Boolean(string name)
        => new(name, "must be true or false", v => v is "true" or "false");

    public static FieldRule OneOf(string name, params string[] values)
        => new(name, "must be one of " + string.Join(", ", values), v => Array.IndexOf(values, v) >= 0);

    public static FieldRule Email(string name)
        => new(name, "must be an email address", EmulatorPatterns.Email().IsMatch);

    public static FieldRule EmailOrPhone(string name)
        => new(name, "must be an email address or a phone number (^\\+?[0-9]+$)",
            v => EmulatorPatterns.Email().IsMatch(v) || EmulatorPatterns.LoosePhone().IsMatch(v));

    public static FieldRule NonEmpty(string name)
        => new(name, "must not be empty", v => v.Length > 0);

    public static FieldRule Any(string name) => new(name, "any text", _ => true);

    public static bool TryParseInteger(string value, out long number)
        => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    public static bool TryParseDateTime(string value, out DateTimeOffset result)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result)
            && value.Contains('T', StringComparison.Ordinal);

    public bool Accepts(string value) => _accepts(value);

    public string Violation() => $"{Name}: {Description}";
}
