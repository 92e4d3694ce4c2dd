using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Hosting;

[Parallelizable(ParallelScope.All)]
public sealed class EmulatorLifetimeTests
{
    [Test]
    public async Task StartAsync_ListensOnLoopbackWithAFreePort()
    {
        await using var first = await OmnideskEmulator.StartAsync();
        await using var second = await OmnideskEmulator.StartAsync();

        Assert.That(first.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(first.BaseAddress.AbsolutePath, Is.EqualTo("/"));
        Assert.That(first.BaseAddress.Port, Is.Not.EqualTo(second.BaseAddress.Port));
        Assert.That(first.ChatServiceAddress, Is.EqualTo(first.BaseAddress));
    }

    [Test]
    public void StartAsync_BadOption_ThrowsNamingIt()
    {
        var options = new OmnideskEmulatorOptions { MaxRequestBodySize = 0 };

        Assert.That(
            async () => await OmnideskEmulator.StartAsync(options),
            Throws.ArgumentException.With.Message.Contains("OmnideskEmulatorOptions.MaxRequestBodySize must be positive"));
    }

    [Test]
    public async Task DisposeAsync_PendingDelayFault_StopsAtOnceAndDropsTheCall()
    {
        var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(null, 1, EmulatorFault.Delay(TimeSpan.FromMinutes(5)));
        using var http = Wire.Client(emulator);
        var pending = http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));
        await Task.Delay(100);
        Assert.That(pending.IsCompleted, Is.False, "the call waits in the delay");

        var watch = Stopwatch.StartNew();
        await emulator.DisposeAsync();

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(async () => await pending, Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task LoggerFactory_GetsTheEmulatorsLines_WithoutSecrets()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug));
        var options = new OmnideskEmulatorOptions { LoggerFactory = loggerFactory };
        await using (var emulator = await OmnideskEmulator.StartAsync(options))
        {
            using var http = Wire.Client(emulator);
            emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 1, EmulatorFault.Status(503));
            using var faulted = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.RequestChatQueue, Guid.Empty));
            using var answered = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.RequestChatQueue, Guid.Empty));
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var lines = logs.GetSnapshot().Select(record => $"{record.Category}: {record.Message}").ToArray();
        Assert.That(lines, Has.Some.Contains("Omnidesk emulator listening on http://127.0.0.1:"));
        Assert.That(lines, Has.Some.Contains("Injected fault Status(503) into POST /api/v2/chat/requestChatQueue"));
        Assert.That(lines, Has.Some.Contains("POST /api/v2/chat/requestChatQueue (RequestChatQueue) answered 200"));
        Assert.That(lines, Has.None.Contains(options.ApiKey).And.None.Contains(options.ChatAccountToken));
    }
}
