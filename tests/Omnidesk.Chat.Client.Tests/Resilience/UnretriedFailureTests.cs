using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// A failure that is neither an HTTP failure nor a timeout (here thrown by a handler the application added to
/// the SDK's client) says nothing about the network: it is not retried and reaches the caller as it was thrown.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class UnretriedFailureTests
{
    [Test]
    public async Task GetWhitelistedDomains_HandlerOfTheApplicationThrows_IsNotRetriedAndReachesTheCallerUnchanged()
    {
        var handler = new ThrowingHandler();
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10),
            builder => builder.AddHttpMessageHandler(() => handler));

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => host.Api.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Message, Is.EqualTo("The application's signing key is not loaded."));
        Assert.That(handler.Calls, Is.EqualTo(1), "a read is retried on transient failures only");
        Assert.That(host.Emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task NotifyUserNewChatMessage_HandlerOfTheApplicationThrows_IsNotRetriedAndReachesTheCallerUnchanged()
    {
        var handler = new ThrowingHandler();
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10),
            builder => builder.AddHttpMessageHandler(() => handler));

        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Api.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Message, Is.EqualTo("The application's signing key is not loaded."));
        Assert.That(handler.Calls, Is.EqualTo(1));
        Assert.That(host.Emulator.State.FindSession("session-1"), Is.Null);
    }

    [Test]
    public async Task GetWhitelistedDomains_HandlerThrowsOnce_TheNextCallGoesThrough()
    {
        var handler = new ThrowingHandler { Throws = 1 };
        await using var host = await ChatTestHost.StartAsync(client: builder => builder.AddHttpMessageHandler(() => handler));
        host.Emulator.Options.WhitelistedDomains.Add("brand.example.com");

        Assert.ThrowsAsync<InvalidOperationException>(() => host.Api.GetWhitelistedDomainsAndBlacklistedIpsAsync());
        var lists = await host.Api.GetWhitelistedDomainsAndBlacklistedIpsAsync();

        Assert.That(lists.AdditionalProperties!["whitelistedDomains"].GetRawText(), Is.EqualTo("""["brand.example.com"]"""));
        Assert.That(host.Emulator.Requests.Select(r => r.Endpoint), Is.EqualTo(new[] { EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps }));
    }

    /// <summary>An application's handler that fails before sending, as one that signs requests with a missing key would.</summary>
    private sealed class ThrowingHandler : DelegatingHandler
    {
        private int _calls;

        public int Throws { get; init; } = int.MaxValue;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) <= Throws
                ? throw new InvalidOperationException("The application's signing key is not loaded.")
                : base.SendAsync(request, cancellationToken);
    }
}
