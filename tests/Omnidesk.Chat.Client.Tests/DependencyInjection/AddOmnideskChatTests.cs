using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.DependencyInjection;

/// <summary>AddOmnideskChat as an application uses it: configuration in, a working client out, bad configuration refused at start.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AddOmnideskChatTests
{
    [Test]
    public async Task AddOmnideskChat_AppSettingsSection_ResolvesAWorkingClient()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omnidesk:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["Omnidesk:ApiKey"] = emulator.Options.ApiKey,
            ["Omnidesk:ChatAccountToken"] = emulator.Options.ChatAccountToken,
            ["Omnidesk:ChatServer"] = "https://bot.example.com/omnidesk",
        });
        builder.Services.AddOmnideskChat();
        using var host = builder.Build();
        await host.StartAsync();

        var api = host.Services.GetRequiredService<IOmnideskChatApi>();
        var result = await api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Hello" });

        Assert.That(result.TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(emulator.Requests.Single().Headers["apiKey"], Is.EqualTo(emulator.Options.ApiKey));
        Assert.That(emulator.Requests.Single().Form["chatServer"], Is.EqualTo("https://bot.example.com/omnidesk"));
        await host.StopAsync();
    }

    [Test]
    public async Task AddOmnideskChat_MissingBaseAddress_FailsAtStartNamingTheKey()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Omnidesk:ApiKey"] = "key-1" });
        builder.Services.AddOmnideskChat();
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Is.EqualTo("Omnidesk:BaseAddress is required: set it to your Omnidesk account's address, such as https://youraccount.omnidesk.com/."));
    }

    [Test]
    public void AddOmnideskChat_CustomSectionWithBadValues_NamesEachKeyOfThatSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integrations:Omnidesk:BaseAddress"] = "https://acme.omnidesk.com/",
            ["Integrations:Omnidesk:ChatServer"] = "https://bot.example.com/hooks?secret=1",
            ["Integrations:Omnidesk:ChatAccountToken"] = "tooShort",
        }).Build();
        var services = new ServiceCollection();
        services.AddOmnideskChat(configuration.GetSection("Integrations:Omnidesk"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<OmnideskChatOptions>>().Value);

        Assert.That(error!.Failures, Is.EqualTo(new[]
        {
            "Integrations:Omnidesk:ChatAccountToken must match ^[a-zA-Z0-9]+$, at least 10 characters; the configured value does not (it is not shown because it is a secret).",
            "Integrations:Omnidesk:ChatServer must match ^[a-zA-Z0-9.:/-]+$, at least 5 characters: '?' at position 30 is not allowed. (the value is not shown: it may hold the hookpoint token).",
        }));
        Assert.That(error.Message, Does.Not.Contain("tooShort"));
        Assert.That(error.Message, Does.Not.Contain("hooks?secret"));
    }

    [Test]
    public async Task AddOmnideskChat_ReturnedBuilder_LetsTheUserChainAHandler()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddOmnideskChat(options =>
            {
                options.BaseAddress = emulator.BaseAddress;
                options.ApiKey = emulator.Options.ApiKey;
                options.ChatAccountToken = emulator.Options.ChatAccountToken;
            })
            .AddHttpMessageHandler(() => new CorrelationHandler());
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IOmnideskChatApi>().RequestChatQueueAsync();

        Assert.That(emulator.Requests.Single().Headers["X-Correlation-Id"], Is.EqualTo("order-42"));
    }

    private sealed class CorrelationHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Correlation-Id", "order-42");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
