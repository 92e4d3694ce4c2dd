using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.State;

[Parallelizable(ParallelScope.All)]
public sealed class ConfigStateTests
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task RequestChatConfig_AgentsSwitch_ControlsTheNoAgentsInstruction(bool available)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.AgentsAvailable = available;
        using var http = Wire.Client(emulator);

        using var v2 = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.RequestChatConfig, Guid.Empty));
        using var service = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.ChatServiceRequestChatConfig, Guid.Empty));

        var expected = available
            ? new[] { "phoneNumber", "show_team" }
            : new[] { "hide_reason_no_agents_available", "phoneNumber", "show_team" };
        foreach (var response in new[] { v2, service })
        {
            var json = await Wire.JsonOf(response);
            Assert.That(json.GetProperty("type").GetString(), Is.EqualTo("result"));
            Assert.That(json.GetProperty("config").GetProperty("header_color").GetString(), Is.EqualTo("#18e2ae"));
            Assert.That(json.GetProperty("config").GetProperty("show_survey_after_chat").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(
                json.GetProperty("instructions").EnumerateArray().Select(i => i.GetProperty("type").GetString()),
                Is.EqualTo(expected));
        }
    }

    [Test]
    public async Task ChatServiceRequestChatConfig_NoAgents_IsSeedOnesExampleExactly()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { AgentsAvailable = false });
        using var http = Wire.Client(emulator);
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(
            TestContext.CurrentContext.TestDirectory, "Resources", "requestChatConfig.no-agents.json")));

        using var response = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.ChatServiceRequestChatConfig, Guid.Empty));

        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, actual!.ToJsonString());
    }

    [Test]
    public async Task StartAsync_AgentsUnavailableOption_StartsWithoutAgents()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { AgentsAvailable = false });

        Assert.That(emulator.AgentsAvailable, Is.False);
    }

    [TestCase("www.brand.com", "203.0.113.7", "{\"type\":\"result\",\"message\":\"Origin and IP allowed.\",\"allowed\":true}")]
    [TestCase("brand.com", null, "{\"type\":\"result\",\"message\":\"Origin and IP allowed.\",\"allowed\":true}")]
    [TestCase("www.other.com", "203.0.113.7", "{\"status\":\"error\",\"message\":\"Origin www.other.com is not allowed.\"}")]
    [TestCase("www.brand.com", "198.51.100.1", "{\"status\":\"error\",\"message\":\"IP address 198.51.100.1 is blocked.\"}")]
    public async Task CheckOriginAndIp_UsesTheConfiguredLists_ARefusalIs200WithTheReason(string origin, string? ip, string answer)
    {
        var options = new OmnideskEmulatorOptions();
        options.WhitelistedDomains.Add("brand.com");
        options.BlacklistedIps.Add("198.51.100.1");
        await using var emulator = await OmnideskEmulator.StartAsync(options);
        using var http = Wire.Client(emulator);
        var fields = ValidRequests.Fields(EmulatorEndpoint.CheckOriginAndIp);
        fields["origin"] = origin;
        fields.Remove("ip");
        if (ip is not null)
        {
            fields["ip"] = ip;
        }

        using var request = ValidRequests.For(EmulatorEndpoint.CheckOriginAndIp, Guid.Empty);
        request.Content = Wire.Multipart(fields);
        using var response = await http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(answer));
    }

    [Test]
    public async Task WhitelistedDomainsAndBlacklistedIps_ReturnsTheConfiguredLists()
    {
        var options = new OmnideskEmulatorOptions();
        options.WhitelistedDomains.Add("brand.com");
        options.WhitelistedDomains.Add("shop.brand.com");
        options.BlacklistedIps.Add("198.51.100.1");
        await using var emulator = await OmnideskEmulator.StartAsync(options);
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, Guid.Empty));

        var json = await Wire.JsonOf(response);
        Assert.That(json.GetProperty("whitelistedDomains").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "brand.com", "shop.brand.com" }));
        Assert.That(json.GetProperty("blacklistedIPs").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "198.51.100.1" }));
    }
}
