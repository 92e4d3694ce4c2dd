using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Checks the hookpoint options at start; messages never contain the token. The unnamed options are named
/// <c>OmnideskHookpointOptions.Token</c> in the messages, an account's by its section
/// (<c>Omnidesk:Accounts:brand-b:Hookpoints:Token</c>).
/// </summary>
internal sealed class OmnideskHookpointOptionsValidator(IEnumerable<HookpointAccount> accounts) : IValidateOptions<OmnideskHookpointOptions>
{
    private const string UnnamedPrefix = "OmnideskHookpointOptions.";

    public ValidateOptionsResult Validate(string? name, OmnideskHookpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string prefix;
        if (string.IsNullOrEmpty(name))
        {
            prefix = UnnamedPrefix;
        }
        else if (accounts.LastOrDefault(account => account.Name == name) is { } account)
        {
            prefix = account.SectionPath + ":";
        }
        else
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (options.RequireSecretToken && !OmnideskHookpointAddress.IsWellFormedToken(options.Token))
        {
            var problem = string.IsNullOrEmpty(options.Token) ? "is missing" : "breaks its rule";
            failures.Add(
                $"{prefix}Token {problem}: it must be {OmnideskHookpointAddress.TokenRule}. " +
                "Make one with OmnideskHookpointAddress.GenerateToken() and keep it secret, " +
                "or set RequireSecretToken = false for local development only.");
        }

        if (options.PreviousToken is { } previous)
        {
            if (!OmnideskHookpointAddress.IsWellFormedToken(previous))
            {
                failures.Add($"{prefix}PreviousToken breaks its rule: it must be {OmnideskHookpointAddress.TokenRule}.");
            }
            else if (previous == options.Token)
            {
                failures.Add($"{prefix}PreviousToken is the same as Token: set it to the token being replaced, or remove it.");
            }
        }

        foreach (var network in options.AllowedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                failures.Add(
                    $"{prefix}AllowedNetworks entry '{network}' is not a CIDR network such as " +
                    "203.0.113.0/24 or 2001:db8::/32 (no bits set after the prefix length).");
            }
        }

        if (options.MaxFileSize < 1)
        {
            failures.Add($"{prefix}MaxFileSize must be at least 1 byte.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
