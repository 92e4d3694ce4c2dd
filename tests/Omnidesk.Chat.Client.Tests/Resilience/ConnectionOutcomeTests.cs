using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// What the caller is told when the network fails: "could not connect" (nothing reached Omnidesk: a name that
/// does not resolve, a host that cannot be reached), "connection lost" for a read whose connection drops before
/// or while the answer is read, and "delivery unknown" for a call that creates something and may have arrived.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConnectionOutcomeTests
{
    /// <summary>A name under <c>.invalid</c>, which never resolves (RFC 6761).</summary>
    private static readonly Uri UnresolvableAddress = new("http://omnidesk-chat.invalid/");

    [Test]
    public async Task GetWhitelistedDomains_EveryConnectionDropsBeforeTheAnswer_ThrowsConnectionLostAfterEveryAttempt()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 10, EmulatorFault.DropAfterProcessing());

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.ConnectionLost));
        Assert.That(error.Operation, Is.EqualTo("whitelistedDomainsAndBlacklistedIPs"));
        Assert.That(error.Attempts, Is.EqualTo(4), "a read is sent again after a lost connection");
        Assert.That(error.Message, Is.EqualTo(
            $"whitelistedDomainsAndBlacklistedIPs failed: the connection to {client.Emulator.BaseAddress.Authority} was lost before the answer was complete, " +
            "after 4 attempts; the call changes nothing on the server, so it is safe to call again."));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(4));
    }

    [Test]
    public async Task ChatsList_ConnectionDropsWhileTheAnswerIsRead_ThrowsConnectionLost()
    {
        await using var server = BrokenServer.AnsweringHalf();
        await using var client = await EmulatedClient.StartAsync(r => r.MaxRetryAttempts = 0, o => o.BaseAddress = server.Address);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chats.ListAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.ConnectionLost));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Message, Is.EqualTo(
            $"chats.list failed: the connection to {server.Address.Authority} was lost before the answer was complete, " +
            "after 1 attempt; the call changes nothing on the server, so it is safe to call again."));
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public async Task ChatsList_ServerClosesEachConnectionOnAccept_IsRetriedThenThrowsConnectionLost()
    {
        await using var server = BrokenServer.ClosingOnAccept();
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = server.Address);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chats.ListAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.ConnectionLost));
        Assert.That(error.Attempts, Is.EqualTo(4));
        Assert.That(error.Message, Does.StartWith($"chats.list failed: the connection to {server.Address.Authority} was lost before the answer was complete, after 4 attempts;"));
        Assert.That(server.Connections, Is.GreaterThanOrEqualTo(4), "HttpClient itself may open a new connection once more for each attempt");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ConnectionDropsWhileTheAnswerIsRead_ThrowsDeliveryUnknownAndIsNotSentAgain()
    {
        await using var server = BrokenServer.AnsweringHalf();
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = server.Address);

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Where is my order?")))!;

        Assert.That(error.Operation, Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Message, Does.StartWith(
            "notifyUserNewChatMessage: delivery unknown — the request was sent but the connection was lost while the answer was being read"));
        Assert.That(server.Connections, Is.EqualTo(1), "the server answered, so it may have stored the message: not sent again");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_HostNameDoesNotResolve_IsRetriedThenSaysNothingWasTaken()
    {
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = UnresolvableAddress);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Attempts, Is.EqualTo(4), "a name that does not resolve proves nothing was sent");
        Assert.That(error.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed: could not connect to omnidesk-chat.invalid after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task ChatsList_HostNameDoesNotResolve_SaysTheCallChangesNothing()
    {
        await using var client = await EmulatedClient.StartAsync(r => r.MaxRetryAttempts = 1, o => o.BaseAddress = UnresolvableAddress);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chats.ListAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Message, Is.EqualTo(
            "chats.list failed: could not connect to omnidesk-chat.invalid after 2 attempts; the call changes nothing on the server, so it is safe to call again."));
    }

    [TestCase(SocketError.HostUnreachable)]
    [TestCase(SocketError.NetworkUnreachable)]
    [TestCase(SocketError.TimedOut)] // a firewall that drops the attempt (ETIMEDOUT): says nothing by itself, still a failed connect
    public async Task NotifyUserNewChatMessage_HostUnreachable_IsRetriedThenSaysNothingWasTaken(SocketError socketError)
    {
        var connects = 0;
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10),
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // What the operating system reports for a host no route leads to (EHOSTUNREACH, ENETUNREACH), or
                // for an attempt no answer came to (ETIMEDOUT).
                ConnectCallback = (_, _) =>
                {
                    Interlocked.Increment(ref connects);
                    throw new SocketException((int)socketError);
                },
            }));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => host.Api.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Attempts, Is.EqualTo(4));
        Assert.That(error.Message, Is.EqualTo(
            $"notifyUserNewChatMessage failed: could not connect to {host.Emulator.BaseAddress.Authority} after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(connects, Is.EqualTo(4));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ProxyRefusesTheTunnel_IsRetriedThenSaysNothingWasTaken()
    {
        // An application whose traffic leaves through a proxy: the proxy refuses to open the tunnel to Omnidesk,
        // so the request never went further than the proxy.
        await using var proxy = BrokenServer.RefusingTunnels();
        await using var host = await ChatTestHost.StartAsync(
            o =>
            {
                o.BaseAddress = new Uri("https://omnidesk.example/");
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            },
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { Proxy = new WebProxy(proxy.Address), UseProxy = true }));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => host.Api.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed: could not connect to omnidesk.example after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(proxy.Connections, Is.EqualTo(4));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ConnectionLostBeforeTheBodyWasSent_IsRetriedThenSaysNothingWasTaken()
    {
        // An application that asks for "Expect: 100-continue" (as some proxies want) sends the headers first and
        // the body only once the server agrees; this server closes the connection after the headers.
        await using var server = BrokenServer.ClosingAfterHeaders();
        await using var host = await ChatTestHost.StartAsync(
            o =>
            {
                o.BaseAddress = server.Address;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            },
            builder => builder.AddHttpMessageHandler(() => new ExpectContinueHandler()));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => host.Api.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.ConnectionLost));
        Assert.That(error.Attempts, Is.EqualTo(4), "the body never left, so even a message is sent again");
        Assert.That(error.Message, Is.EqualTo(
            $"notifyUserNewChatMessage failed: the connection to {server.Address.Authority} was lost before the request was sent, " +
            "after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_TlsHandshakeFails_IsRetriedThenSaysNothingWasTaken()
    {
        // https:// to a server that speaks plain HTTP: no encrypted channel, so not a byte of the request left.
        await using var client = await EmulatedClient.StartAsync();
        var https = new UriBuilder(client.Emulator.BaseAddress) { Scheme = "https" }.Uri;
        await using var tls = await EmulatedClient.StartAsync(options: o => o.BaseAddress = https);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => tls.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Attempts, Is.EqualTo(4));
        Assert.That(error.Message, Is.EqualTo(
            $"notifyUserNewChatMessage failed: could not connect to {https.Authority} after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(client.Stored("session-1", "Hello"), Is.Zero);
    }

    [Test]
    public async Task ChatsList_AnswerHeadersLargerThanHttpClientAccepts_IsNotAskedForAgain()
    {
        await using var server = BrokenServer.AnsweringHugeHeaders();
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = server.Address);

        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.Chats.ListAsync())!;

        Assert.That(error.HttpRequestError, Is.EqualTo(HttpRequestError.ConfigurationLimitExceeded), "HttpClient's own error, which says what limit was passed");
        Assert.That(server.Connections, Is.EqualTo(1), "the same request would get the same answer");
    }

    [TestCase(SocketError.ConnectionRefused)]
    [TestCase(SocketError.HostNotFound)]
    [TestCase(SocketError.HostUnreachable)]
    [TestCase(SocketError.NetworkUnreachable)]
    [TestCase(SocketError.TryAgain)]
    [TestCase(SocketError.NoData)]
    public async Task GetWhitelistedDomains_PlatformHandlerReportsAFailedConnect_SaysCouldNotConnect(SocketError socketError)
    {
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.MaxRetryAttempts = 0,
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new PlatformHandler(socketError)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => host.Api.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Message, Is.EqualTo(
            $"whitelistedDomainsAndBlacklistedIPs failed: could not connect to {host.Emulator.BaseAddress.Authority} after 1 attempt; " +
            "the call changes nothing on the server, so it is safe to call again."));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_PlatformHandlerReportsAResetBeforeSending_IsRetriedThenSaysNothingWasTaken()
    {
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10),
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new PlatformHandler(SocketError.ConnectionReset)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => host.Api.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.ConnectionLost));
        Assert.That(error.Attempts, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("was lost before the request was sent, after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
    }

    /// <summary>Asks for <c>Expect: 100-continue</c> on every request, as an application behind such a proxy does.</summary>
    private sealed class ExpectContinueHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.ExpectContinue = true;
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// A primary handler standing in for a platform's own (not <see cref="SocketsHttpHandler"/>), which reports a
    /// failed connect as an <see cref="HttpRequestException"/> around the <see cref="SocketException"/>, without
    /// an <see cref="HttpRequestError"/>. It fails before reading the request, as a failed connect does.
    /// </summary>
    private sealed class PlatformHandler(SocketError socketError) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("The platform could not reach the host.", new SocketException((int)socketError));
    }
}
