using Microsoft.Extensions.DependencyInjection;

namespace Omnidesk.Chat.Client.Shared;

/// <summary>
/// Resolves what is registered for one account: keyed under the account's name, or, for the unnamed account
/// (<see langword="null"/>), the plain registration asked for as a plain service, so that a container without
/// keyed services still serves an app that registers no account.
/// </summary>
/// <remarks>One source file compiled into the core and the Redis package, not a contract between them.</remarks>
internal static class AccountServices
{
    public static T GetRequired<T>(IServiceProvider services, string? account)
        where T : notnull =>
        account is null ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(account);
}
