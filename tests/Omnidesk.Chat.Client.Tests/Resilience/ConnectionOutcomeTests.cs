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
    public async Task NotifyUserNewChatMessage_HostUnreachable_IsRetriedThenSaysNothingWasTaken(SocketError socketError)
    {
        var connects = 0;
        await using var host = await ChatTestHost.StartAsync(
            o => o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10),
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // What the operating system reports for a host no route leads to (EHOSTUNREACH, ENETUNREACH).
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
        Assert.That(error.Message, Does.EndWith("after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(connects, Is.EqualTo(4));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }
}
