using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Omnidesk.Chat.Client.Shared;

/// <summary>
/// Resolves what is registered for one account: keyed under the account's name, or, for the unnamed account
/// (<see langword="null"/>), the plain registration asked for as a plain service, so that a container without
/// keyed services still serves an app that registers no account.
/// </summary>
/// <remarks>One source file compiled into each package (core, AspNetCore, Redis), not a contract between them.</remarks>
internal static class AccountServices
{
    public static T GetRequired<T>(IServiceProvider services, string? account)
        where T : notnull =>
        account is null ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(account);

    /// <summary>
    /// The options named <paramref name="optionsName"/>. The unnamed ones are read through <see cref="IOptions{TOptions}"/>,
    /// as before accounts existed: their value is made on first use, so a key an app sets after start-up validation (the
    /// sample sets <c>Omnidesk:ChatServer</c> once its receiver listens) is seen; the monitor caches what validation saw.
    /// </summary>
    public static TOptions OptionsOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string optionsName)
        where TOptions : class =>
        optionsName == Options.DefaultName
            ? services.GetRequiredService<IOptions<TOptions>>().Value
            : services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(optionsName);
}
