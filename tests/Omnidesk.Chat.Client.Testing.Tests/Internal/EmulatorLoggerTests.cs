using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Testing.Tests.Internal;

/// <summary>The emulator's masking logger on its own: what it finds to mask beyond a request's query.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class EmulatorLoggerTests
{
    [Test]
    public void Log_KnownSessionsTokenOutsideAQuery_IsMasked()
    {
        var token = OmnideskHookpointAddress.GenerateToken();
        var (logger, logs, state, _) = Create();
        state.SeedSession("s-1", $"https://app.example.com/omnidesk/{token}");

        logger.LogInformation("Posting to https://app.example.com/omnidesk/{Token}/endSession", token);
        using (logger.BeginScope("Hookpoint {Address}", $"/omnidesk/{token}"))
        {
            logger.LogDebug("inside");
        }

        var records = logs.Collector.GetSnapshot();
        Assert.That(records[0].Message, Is.EqualTo("Posting to https://app.example.com/omnidesk/***/endSession"));
        Assert.That(records[0].StructuredState!.Single(p => p.Key == "Token").Value, Is.EqualTo("***"));
        Assert.That(records[1].Scopes.Single()!.ToString(), Is.EqualTo("Hookpoint /omnidesk/***"));
    }

    [Test]
    public void Log_KeyChangedWhileRunning_IsMaskedFromThenOn()
    {
        var (logger, logs, _, options) = Create();
        logger.LogInformation("key {Key}", options.ApiKey);

        options.ApiKey = "rotatedKey4d2c9e71";
        logger.LogInformation("key {Key}", options.ApiKey);

        Assert.That(logs.Collector.GetSnapshot().Select(r => r.Message), Is.EqualTo(new[] { "key ***", "key ***" }));
    }

    [Test]
    public void Log_SecretParametersOfAnUnknownCaller_AreMaskedButOtherParametersStay()
    {
        var (logger, logs, _, _) = Create();

        logger.LogInformation("GET /x?APIKEY=someoneElses9&chatSessionID=s-1&chatServer=https%3A%2F%2Fh.example%2Fhooks%2F{Token} done", new string('q', 40));

        Assert.That(logs.Collector.GetSnapshot().Single().Message, Is.EqualTo("GET /x?APIKEY=***&chatSessionID=s-1&chatServer=*** done"));
    }

    private static (ILogger Logger, FakeLoggerProvider Logs, EmulatorState State, OmnideskEmulatorOptions Options) Create()
    {
        var logs = new FakeLoggerProvider();
        var inner = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new OmnideskEmulatorOptions();
        var state = new EmulatorState(TimeProvider.System);
        var factory = new EmulatorLoggerFactory(inner, new EmulatorLogSecrets(options, state));
        return (factory.CreateLogger("test"), logs, state, options);
    }
}
