using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.DependencyInjection;

/// <summary>AddOmnideskChat("brand-b", …): keyed clients of a further account, beside or without the unnamed ones.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AddOmnideskChatAccountTests
{
    [Test]
    public async Task TwoAccountsSetInCode_EachKeyedClientCallsItsOwnAccount()
    {
        await using var north = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = "north-api-key-0001", ChatsApiKey = "north-chats-key-01" });
        await using var south = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = "south-api-key-0002", ChatsApiKey = "south-chats-key-02" });
        var services = new ServiceCollection();
        services.AddOmnideskChat("north", options => Point(options, north));
        services.AddOmnideskChat("south", options => Point(options, south));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        await provider.GetRequiredKeyedService<IOmnideskChatApi>("north").RequestChatQueueAsync();
        await provider.GetRequiredKeyedService<IOmnideskChatsApi>("south").ListAsync();

        Assert.That(north.Requests.Single().Headers["apiKey"], Is.EqualTo("north-api-key-0001"));
        Assert.That(south.Requests.Single().Headers["authorization"], Is.EqualTo("south-chats-key-02"));
        Assert.That(provider.GetService<IOmnideskChatApi>(), Is.Null, "no unnamed client was registered");
    }

    [Test]
    public async Task AccountBesideTheUnnamedClients_LeavesThemPointingAtTheirOwnAccount()
    {
        await using var main = await OmnideskEmulator.StartAsync();
        await using var other = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = "other-api-key-0002" });
        var services = new ServiceCollection();
        services.AddOmnideskChat(options => Point(options, main));
        services.AddOmnideskChat("other", options => Point(options, other));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IOmnideskChatApi>().RequestChatQueueAsync();

        Assert.That(main.Requests.Single().Headers["apiKey"], Is.EqualTo(main.Options.ApiKey));
        Assert.That(other.Requests, Is.Empty);
    }

    [Test]
    public void AccountSetInCode_WithBadValues_IsRefusedNamingTheAccountsSectionAndNoSecret()
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(options => options.BaseAddress = new Uri("https://main.omnidesk.com/"));
        services.AddOmnideskChat("brand-b", options =>
        {
            options.BaseAddress = new Uri("ftp://brand-b.omnidesk.com/");
            options.ChatAccountToken = "short";
        });
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<OmnideskChatOptions>>();

        var error = Assert.Throws<OptionsValidationException>(() => monitor.Get("brand-b"))!;

        Assert.That(error.Failures, Is.EqualTo(new[]
        {
            "Omnidesk:Accounts:brand-b:BaseAddress must be an absolute http or https address, such as https://youraccount.omnidesk.com/; 'ftp://brand-b.omnidesk.com/' is not.",
            "Omnidesk:Accounts:brand-b:ChatAccountToken must match ^[a-zA-Z0-9]+$, at least 10 characters; the configured value does not (it is not shown because it is a secret).",
        }));
        Assert.That(monitor.Get(Options.DefaultName).BaseAddress, Is.EqualTo(new Uri("https://main.omnidesk.com/")), "the unnamed options are checked by their own validator only");
    }

    [Test]
    public void AccountFromTheDefaultSection_IsBoundFromOmnideskAccounts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omnidesk:Accounts:eu:BaseAddress"] = "https://eu.omnidesk.com/",
            ["Omnidesk:Accounts:eu:Resilience:MaxRetryAttempts"] = "-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOmnideskChat("eu");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<OmnideskChatOptions>>().Get("eu"))!;

        Assert.That(error.Message, Is.EqualTo("Omnidesk:Accounts:eu:Resilience:MaxRetryAttempts must be 0 (no retries) or more; -1 is not."));
    }

    [Test]
    public async Task AccountWithoutChatDefaults_NamesTheAccountsOwnKeysAndSendsNothing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddOmnideskChat("brand-b", options => options.BaseAddress = emulator.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredKeyedService<IOmnideskChatApi>("brand-b");

        var noServer = Assert.ThrowsAsync<OmnideskValidationException>(() => api.RequestChatConfigAsync())!;
        var noServerToken = Assert.ThrowsAsync<OmnideskValidationException>(() => api.GetChatConfigAsync(new ChatServiceTokens { ChatAccountToken = "abcdef0123456789" }))!;
        var noAccountToken = Assert.ThrowsAsync<OmnideskValidationException>(() => api.RequestChatQueueAsync())!;

        Assert.That(noServer.Problem, Is.EqualTo("none was given: set ChatServer on the request, or Omnidesk:Accounts:brand-b:ChatServer in the configuration."));
        Assert.That(noServerToken.Problem, Is.EqualTo("none was given: set ChatServerToken on the request, or Omnidesk:Accounts:brand-b:ChatServerToken in the configuration."));
        Assert.That(noAccountToken.Problem, Is.EqualTo("none was given: set ChatAccountToken on the request, or Omnidesk:Accounts:brand-b:ChatAccountToken in the configuration."));
        Assert.That(emulator.Requests, Is.Empty);
    }

    [Test]
    public void Builder_CarriesItsAccountAndItsHttpClientsName()
    {
        var services = new ServiceCollection();

        var unnamed = services.AddOmnideskChat(options => options.BaseAddress = new Uri("https://main.omnidesk.com/"));
        var brandB = services.AddOmnideskChat("brand-b", options => options.BaseAddress = new Uri("https://brand-b.omnidesk.com/"));

        Assert.That((unnamed.Account, unnamed.Name), Is.EqualTo(((string?)null, "Omnidesk.Chat.Client")));
        Assert.That((brandB.Account, brandB.Name), Is.EqualTo(("brand-b", "Omnidesk.Chat.Client:brand-b")));
        brandB.Services.AddKeyedSingleton("brand-b", TimeProvider.System);
        Assert.That(services.Any(d => Equals(d.ServiceKey, "brand-b") && d.KeyedImplementationInstance == TimeProvider.System), Is.True, "the builder registers into the caller's collection");
    }

    [TestCase("brand:b")]
    [TestCase("brand b")]
    [TestCase("  ")]
    public void AccountName_ThatCannotBeASection_IsRefusedBeforeAnythingIsRegistered(string account)
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddOmnideskChat(account, _ => { }));

        Assert.That(services, Is.Empty);
    }

    private static void Point(OmnideskChatOptions options, OmnideskEmulator emulator)
    {
        options.BaseAddress = emulator.BaseAddress;
        options.ApiKey = emulator.Options.ApiKey;
        options.ChatsApiKey = emulator.Options.ChatsApiKey;
        options.ChatAccountToken = emulator.Options.ChatAccountToken;
    }
}
