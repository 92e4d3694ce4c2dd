namespace Omnidesk.Chat.Client.Shared;

/// <summary>
/// The one rule for an account's name and its configuration section, for the clients
/// (<c>AddOmnideskChat("brand-b")</c>) and the receiver (<c>AddOmnideskHookpoints&lt;THandler&gt;("brand-b")</c>):
/// both bind under <c>Omnidesk:Accounts:{account}</c>, so both accept the same names.
/// </summary>
/// <remarks>One source file compiled into each package (core, AspNetCore, Redis), not a contract between them.</remarks>
internal static class AccountNames
{
    /// <summary>
    /// Refuses a name that cannot be an options name, a service key and a configuration section at once, before
    /// anything is registered.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static void Check(string account)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        if (account.Any(c => c == ':' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException(
                $"The account name '{account}' must not contain ':' (it is one configuration section under {OmnideskChatOptions.AccountsSectionName}), white space or control characters.",
                nameof(account));
        }
    }

    /// <summary>The section of an account's options: <c>Omnidesk:Accounts:brand-b</c>.</summary>
    public static string SectionPath(string account) => OmnideskChatOptions.AccountsSectionName + ":" + account;
}
