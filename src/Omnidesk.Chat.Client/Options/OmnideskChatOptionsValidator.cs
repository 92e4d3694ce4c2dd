using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Validates <see cref="OmnideskChatOptions"/> when the application starts. Every failure names the
/// configuration key (<c>Omnidesk:BaseAddress</c>, <c>Omnidesk:Accounts:brand-b:BaseAddress</c>) and never shows
/// a secret's value. Each account has its own validator, which checks only the options of its name.
/// </summary>
/// <param name="optionsName">The options name this validator checks (the account; empty for the unnamed clients).</param>
/// <param name="sectionPath">The configuration path the messages name.</param>
internal sealed partial class OmnideskChatOptionsValidator(string optionsName, string sectionPath) : IValidateOptions<OmnideskChatOptions>
{
    /// <summary>The options name this validator checks.</summary>
    public string OptionsName => optionsName;

    public ValidateOptionsResult Validate(string? name, OmnideskChatOptions options)
    {
        if ((name ?? Options.DefaultName) != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();

        if (options.BaseAddress is null)
        {
            failures.Add($"{Key(nameof(options.BaseAddress))} is required: set it to your Omnidesk account's address, such as https://youraccount.omnidesk.com/.");
        }
        else
        {
            CheckAddress(nameof(options.BaseAddress), options.BaseAddress, failures);
        }

        CheckAddress(nameof(options.ChatServiceAddress), options.ChatServiceAddress, failures);

        if (!Enum.IsDefined(options.ApiKeyLocation))
        {
            failures.Add($"{Key(nameof(options.ApiKeyLocation))} must be Header or Query.");
        }

        CheckHeaderSafe(nameof(options.ApiKey), options.ApiKey, failures);
        CheckHeaderSafe(nameof(options.ChatsApiKey), options.ChatsApiKey, failures);
        CheckRule(nameof(options.ChatAccountToken), options.ChatAccountToken, FieldRules.ChatAccountToken, failures);
        CheckRule(nameof(options.ChatServerToken), options.ChatServerToken, FieldRules.ChatServerToken, failures);
        CheckRule(nameof(options.ChatServer), options.ChatServer, FieldRules.ChatServer, failures);
        CheckResilience(options.Resilience, failures);
        if (options.UserAgentSuffix is { } suffix && !Pipeline.OmnideskUserAgent.IsValidSuffix(suffix))
        {
            failures.Add($"{Key(nameof(options.UserAgentSuffix))} must be one or more User-Agent products such as MyShop/2.1, optionally with comments in parentheses.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string Key(string property) => $"{sectionPath}:{property}";

    private void CheckAddress(string property, Uri? address, List<string> failures)
    {
        if (address is null)
        {
            failures.Add($"{Key(property)} is required.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Key(property)} must be an absolute http or https address, such as https://youraccount.omnidesk.com/; '{address.OriginalString}' is not.");
        }
        else if (address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            failures.Add($"{Key(property)} must not have a query string or fragment.");
        }
    }

    private void CheckHeaderSafe(string property, string? value, List<string> failures)
    {
        if (value is not null && (value.Length == 0 || value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
        {
            failures.Add($"{Key(property)} is not a valid key: it is empty or contains white space or control characters.");
        }
    }

    private void CheckRule(string property, string? value, FieldRule rule, List<string> failures)
    {
        if (value is not null && !rule.IsValid(value))
        {
            failures.Add(rule.Secret
                ? $"{Key(property)} must match {rule.Rule}; the configured value does not (it is not shown because it is a secret)."
                : $"{Key(property)} must match {rule.Rule}: {rule.Problem(value)} (the value is not shown: it may hold the hookpoint token).");
        }
    }
}
