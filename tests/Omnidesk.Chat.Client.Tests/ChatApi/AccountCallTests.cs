using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>checkOriginAndIP, whitelistedDomainsAndBlacklistedIPs and requestChatQueue: undocumented shapes, read tolerantly.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AccountCallTests
{
    [Test]
    public async Task CheckOriginAndIp_BlockedIp_PostsThemWithServerAndTokenAndIsARefusalWithTheServersReason()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Options.BlacklistedIps.Add("203.0.113.9");

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", Ip = "203.0.113.9" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/checkOriginAndIP",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatAccountToken", Wire.AccountToken),
            ("origin", "www.brand.com"),
            ("ip", "203.0.113.9"));
        Assert.That(result.IsAllowed, Is.False);
        Assert.That(result.Reason, Is.EqualTo("IP address 203.0.113.9 is blocked."));
    }

    [Test]
    public async Task CheckOriginAndIp_OriginOutsideTheAllowedDomains_IsARefusalNotAnException()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Options.WhitelistedDomains.Add("brand.com");

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.elsewhere.com" });

        Assert.That(host.SingleRequest.Endpoint, Is.EqualTo(Testing.EmulatorEndpoint.CheckOriginAndIp));
        Assert.That(result.IsAllowed, Is.False);
        Assert.That(result.Reason, Is.EqualTo("Origin www.elsewhere.com is not allowed."));
        Assert.That(result.Type, Is.EqualTo("error"));
    }

    [Test]
    public async Task CheckOriginAndIp_AllowedOrigin_IsAllowedWithoutAReason()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Options.WhitelistedDomains.Add("brand.com");

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "shop.brand.com", Ip = "203.0.113.7" });

        Assert.That(result.IsAllowed, Is.True);
        Assert.That(result.Reason, Is.Null);
        Assert.That(result.Message, Is.EqualTo("Origin and IP allowed."));
    }

    [Test]
    public async Task CheckOriginAndIp_Unauthorized_StillThrows()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(Testing.EmulatorEndpoint.CheckOriginAndIp, 1, Testing.EmulatorFault.Status(401));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com" }))!;

        Assert.That((int)error.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task CheckOriginAndIp_NoIpAndNoChatServerAnywhere_SendsNeither()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatServer = null);

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "shop.brand.com" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/checkOriginAndIP",
            ("chatAccountToken", Wire.AccountToken),
            ("origin", "shop.brand.com"));
        Assert.That(result.IsAllowed, Is.True);
    }

    [Test]
    public async Task GetWhitelistedDomainsAndBlacklistedIps_Always_GetsWithoutParametersAndKeepsTheLists()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Options.WhitelistedDomains.Add("brand.com");
        host.Emulator.Options.BlacklistedIps.Add("203.0.113.9");

        var lists = await host.Api.GetWhitelistedDomainsAndBlacklistedIpsAsync();

        var request = host.SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/api/v2/chat/whitelistedDomainsAndBlacklistedIPs"));
            Assert.That(request.QueryString, Is.Empty);
            Assert.That(request.Headers["apiKey"], Is.EqualTo(Wire.ApiKey));
            Assert.That(request.ContentType, Is.Null);
        });
        Assert.That(lists.AdditionalProperties!["whitelistedDomains"].GetRawText(), Is.EqualTo("""["brand.com"]"""));
        Assert.That(lists.AdditionalProperties["blacklistedIPs"].GetRawText(), Is.EqualTo("""["203.0.113.9"]"""));
    }

    [Test]
    public async Task RequestChatQueue_FromOptions_PostsOnlyTheTokenAndKeepsTheQueue()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        var queue = await host.Api.RequestChatQueueAsync();

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/requestChatQueue", ("chatAccountToken", Wire.AccountToken));
        Assert.That(queue.Message, Is.EqualTo("Chat queue."));
        Assert.That(queue.AdditionalProperties!["queue"][0].GetProperty("chatSessionID").GetString(), Is.EqualTo("session-1"));
    }

    [Test]
    public async Task RequestChatQueue_TokenOnTheRequest_OverridesTheOption()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatAccountToken = null);

        await host.Api.RequestChatQueueAsync(new ChatQueueRequest { ChatAccountToken = Wire.AccountToken });

        Assert.That(host.SingleRequest.Form["chatAccountToken"], Is.EqualTo(Wire.AccountToken));
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }
}
