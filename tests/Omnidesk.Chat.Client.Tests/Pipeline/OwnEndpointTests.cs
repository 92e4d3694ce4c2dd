using System.Net;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;
using Refit;

namespace Omnidesk.Chat.Client.Tests.Pipeline;

/// <summary>
/// A user's own Refit interface (<c>AddOmnideskChat().AddOmnideskApi&lt;T&gt;()</c>) on the emulator: the pipeline
/// leaves a success to Refit, which reads it into the user's own type, and turns a refusal into the SDK's exception
/// with the hint that names the key to check.
/// </summary>
public sealed class OwnEndpointTests
{
    [Test]
    public async Task Success_IsReadByRefit_IntoTheUsersOwnType()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var services = Services(emulator, emulator.Options.ApiKey!);

        var lists = await services.GetRequiredService<IOwnEndpoints>().GetAccessListsAsync();

        Assert.That(lists.Message, Is.EqualTo("Whitelisted domains and blacklisted IPs."));
    }

    [Test]
    public async Task WrongKey_ThrowsTheSdksException_NamingTheKeyToCheck()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var services = Services(emulator, "wrong-key-0000000001");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => services.GetRequiredService<IOwnEndpoints>().GetAccessListsAsync())!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.Message, Is.EqualTo(
            "IOwnEndpoints.GetAccessListsAsync failed with 401: Invalid API key. Check Omnidesk:ApiKey: it is sent in the apiKey header."));
    }

    private static ServiceProvider Services(OmnideskEmulator emulator, string apiKey)
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.ApiKey = apiKey;
        }).AddOmnideskApi<IOwnEndpoints>(OwnEndpointsJsonContext.Default);
        return services.BuildServiceProvider(validateScopes: true);
    }
}

/// <summary>An endpoint as a user declares it with Refit, outside the SDK's own endpoint table.</summary>
public interface IOwnEndpoints
{
    [Get("/api/v2/chat/whitelistedDomainsAndBlacklistedIPs")]
    Task<OwnAnswer> GetAccessListsAsync();
}

/// <summary>The part of the answer the test reads.</summary>
public sealed record OwnAnswer([property: JsonPropertyName("message")] string Message);

/// <summary>The user's source-generated JSON metadata.</summary>
[JsonSerializable(typeof(OwnAnswer))]
public sealed partial class OwnEndpointsJsonContext : JsonSerializerContext;
