using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>checkOriginAndIP, whitelistedDomainsAndBlacklistedIPs and requestChatQueue: undocumented shapes, read tolerantly.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AccountCallTests
{
    [Test]
    public async Task CheckOriginAndIp_OriginAndIp_PostsThemWithServerAndTokenAndKeepsTheAnswer()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Options.BlacklistedIps.Add("203.0.113.9");

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", Ip = "203.0.113.9" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/checkOriginAndIP",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatAccountToken", Wire.AccountToken),
            ("origin", "www.brand.com"),
            ("ip", "203.0.113.9"));
        Assert.That(result.Message, Is.EqualTo("Origin or IP not allowed."));
        Assert.That(result.AdditionalProperties!["allowed"].GetBoolean(), Is.False);
    }

    [Test]
    public async Task CheckOriginAndIp_NoIpAndNoChatServerAnywhere_SendsNeither()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatServer = null);

        var result = await host.Api.CheckOriginAndIpAsync(new OriginCheck { Origin = "shop.brand.com" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/checkOriginAndIP",
            ("chatAccountToken", Wire.AccountToken),
            ("origin", "shop.brand.com"));
        Assert.That(result.AdditionalProperties!["allowed"].GetBoolean(), Is.True);
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
