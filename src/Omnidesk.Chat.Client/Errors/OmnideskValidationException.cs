namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown before any request is sent when an argument breaks one of Omnidesk's documented rules
/// (a pattern, a minimum length, a required field, a range). Nothing was sent and nothing was lost.
/// </summary>
/// <remarks>The message names the field, the rule and what is wrong; it never contains a secret's value.</remarks>
public sealed class OmnideskValidationException : ArgumentException
{
    /// <summary>Creates the exception for one field.</summary>
    /// <param name="field">The field's name on the wire, such as <c>chatSessionID</c>.</param>
    /// <param name="rule">The rule broken, such as <c>^[a-zA-Z0-9-]+$</c> or <c>required</c>.</param>
    /// <param name="problem">What is wrong with the value, in words, without the value of a secret.</param>
    public OmnideskValidationException(string field, string rule, string problem)
        : base($"{field} is invalid ({rule}): {problem}", field)
    {
        Field = field;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>The field's name on the wire, such as <c>chatSessionID</c>.</summary>
    public string Field { get; }

    /// <summary>The rule the value broke, such as <c>^[a-zA-Z0-9-]+$</c>, <c>required</c> or <c>1..100</c>.</summary>
    public string Rule { get; }

    /// <summary>What is wrong with the value, in words.</summary>
    public string Problem { get; }
}
