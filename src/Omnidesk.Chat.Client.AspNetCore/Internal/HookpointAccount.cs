namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// One account's hookpoint route set, registered by <c>AddOmnideskHookpoints&lt;THandler&gt;("brand-b", …)</c>:
/// its name (the options name and the handler's service key) and the configuration path its validation names.
/// </summary>
/// <param name="Name">The account.</param>
/// <param name="SectionPath">The path of its options, such as <c>Omnidesk:Accounts:brand-b:Hookpoints</c>.</param>
internal sealed record HookpointAccount(string Name, string SectionPath)
{
    /// <summary>The section an account's hookpoint options are bound from by default: <c>Omnidesk:Accounts:brand-b:Hookpoints</c>.</summary>
    public static string DefaultSectionPath(string account) => Shared.AccountNames.SectionPath(account) + ":Hookpoints";
}
