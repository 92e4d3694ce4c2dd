using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>Checks the hookpoint options at start; messages never contain the token.</summary>
internal sealed class OmnideskHookpointOptionsValidator : IValidateOptions<OmnideskHookpointOptions>
{
    public ValidateOptionsResult Validate(string? name, OmnideskHookpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RequireSecretToken && !HookpointToken.IsWellFormed(options.Token))
        {
            var problem = string.IsNullOrEmpty(options.Token) ? "is missing" : "breaks its rule";
            failures.Add(
                $"OmnideskHookpointOptions.Token {problem}: it must be {HookpointToken.Rule}. " +
                "Make one with OmnideskHookpointAddress.GenerateToken() and keep it secret, " +
                "or set RequireSecretToken = false for local development only.");
        }

        foreach (var network in options.AllowedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                failures.Add(
                    $"OmnideskHookpointOptions.AllowedNetworks entry '{network}' is not a CIDR network such as " +
                    "203.0.113.0/24 or 2001:db8::/32 (no bits set after the prefix length).");
            }
        }

        if (options.MaxFileSize < 1)
        {
            failures.Add("OmnideskHookpointOptions.MaxFileSize must be at least 1 byte.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
