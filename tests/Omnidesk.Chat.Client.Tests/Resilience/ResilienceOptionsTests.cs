using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>The resilience settings: their defaults, their configuration keys and the start-up checks.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ResilienceOptionsTests
{
    [Test]
    public void Defaults_AreThoseDocumented()
    {
        var options = new OmnideskChatOptions().Resilience;

        Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(options.MaxRetryAttempts, Is.EqualTo(3));
        Assert.That(options.BaseDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(options.UseJitter, Is.True);
        Assert.That(options.FailureRatio, Is.EqualTo(0.1));
        Assert.That(options.MinimumThroughput, Is.EqualTo(100));
        Assert.That(options.SamplingDuration, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.BreakDuration, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void AddOmnideskChat_ResilienceKeysInConfiguration_AreBound()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omnidesk:BaseAddress"] = "https://acme.omnidesk.example/",
            ["Omnidesk:Resilience:TotalTimeout"] = "00:01:00",
            ["Omnidesk:Resilience:AttemptTimeout"] = "00:00:15",
            ["Omnidesk:Resilience:MaxRetryAttempts"] = "5",
            ["Omnidesk:Resilience:UseJitter"] = "false",
            ["Omnidesk:Resilience:BreakDuration"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOmnideskChat();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<OmnideskChatOptions>>().Value.Resilience;

        Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(15)));
        Assert.That(options.MaxRetryAttempts, Is.EqualTo(5));
        Assert.That(options.UseJitter, Is.False);
        Assert.That(options.BreakDuration, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(options.MinimumThroughput, Is.EqualTo(100), "a key not set keeps its default");
    }

    [Test]
    public void Validation_AttemptTimeoutLongerThanTotal_NamesBothKeys()
    {
        var failures = Validate(r =>
        {
            r.TotalTimeout = TimeSpan.FromSeconds(5);
            r.AttemptTimeout = TimeSpan.FromSeconds(20);
        });

        Assert.That(failures, Is.EqualTo(new[] { "Omnidesk:Resilience:AttemptTimeout (00:00:20) must not exceed Omnidesk:Resilience:TotalTimeout (00:00:05)." }));
    }

    [Test]
    public void Validation_ValuesOutOfRange_NameEachKeyAndRule()
    {
        var failures = Validate(r =>
        {
            r.MaxRetryAttempts = -1;
            r.BaseDelay = TimeSpan.FromSeconds(-1);
            r.FailureRatio = 0;
            r.MinimumThroughput = 1;
            r.SamplingDuration = TimeSpan.FromMilliseconds(100);
            r.BreakDuration = TimeSpan.Zero;
        });

        Assert.That(failures, Is.EqualTo(new[]
        {
            "Omnidesk:Resilience:MaxRetryAttempts must be 0 (no retries) or more; -1 is not.",
            "Omnidesk:Resilience:BaseDelay must be from 00:00:00 to 1.00:00:00; -00:00:01 is not.",
            "Omnidesk:Resilience:FailureRatio must be above 0 and at most 1; 0 is not.",
            "Omnidesk:Resilience:MinimumThroughput must be at least 2; 1 is not.",
            "Omnidesk:Resilience:SamplingDuration must be from 00:00:00.5000000 to 1.00:00:00; 00:00:00.1000000 is not.",
            "Omnidesk:Resilience:BreakDuration must be from 00:00:00.5000000 to 1.00:00:00; 00:00:00 is not.",
        }));
    }

    [Test]
    public void Validation_TimeoutsTooShort_NameTheKeys()
    {
        var failures = Validate(r =>
        {
            r.TotalTimeout = TimeSpan.Zero;
            r.AttemptTimeout = TimeSpan.Zero;
        });

        Assert.That(failures, Is.EqualTo(new[]
        {
            "Omnidesk:Resilience:TotalTimeout must be from 00:00:00.0100000 to 1.00:00:00; 00:00:00 is not.",
            "Omnidesk:Resilience:AttemptTimeout must be from 00:00:00.0100000 to 1.00:00:00; 00:00:00 is not.",
        }));
    }

    [Test]
    public void HttpClient_Timeout_NeverCutsThePipelineShort()
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(o => o.BaseAddress = new Uri("https://acme.omnidesk.example/"));
        using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("Omnidesk.Chat.Client");

        Assert.That(http.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public void ToString_ListsTheResilienceSettings()
    {
        var text = new OmnideskChatOptions().ToString();

        Assert.That(text, Does.Contain("Resilience = { TotalTimeout = 00:00:30, AttemptTimeout = 00:00:10, MaxRetryAttempts = 3, BaseDelay = 00:00:02, UseJitter = True, FailureRatio = 0.1, MinimumThroughput = 100, SamplingDuration = 00:00:30, BreakDuration = 00:00:05 }"));
    }

    private static string[] Validate(Action<OmnideskResilienceOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(o =>
        {
            o.BaseAddress = new Uri("https://acme.omnidesk.example/");
            configure(o.Resilience);
        });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<OmnideskChatOptions>>().Value);
        return [.. error!.Failures];
    }
}
