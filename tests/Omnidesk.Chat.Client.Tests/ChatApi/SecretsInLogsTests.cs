using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;
using Omnidesk.Chat.Client.Tests.Diagnostics;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>With HttpClient logging at Trace, no API key or chat account token reaches a log line.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SecretsInLogsTests
{
    [TestCase(ApiKeyLocation.Header)]
    [TestCase(ApiKeyLocation.Query)]
    public async Task EveryCall_TraceLogging_LogsNoKeyAndNoToken(ApiKeyLocation keyLocation)
    {
        var logs = new FakeLogCollector();
        await using var host = await ChatTestHost.StartAsync(
            options => options.ApiKeyLocation = keyLocation,
            client => client.Services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace)));

        await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Hello" });
        using var file = new MemoryStream([1, 2, 3]);
        await host.Api.AddAttachmentAsync(file, "a.txt", "text/plain", new AttachmentUpload { ChatSessionId = "session-1" });
        await host.Api.AreAgentsAvailableAsync();

        Assert.That(logs.AllText(), Has.Some.Contains("addAttachment").Or.Some.Contains("api/v2/chat/addAttachment"), "the calls were logged");
        Assert.That(logs.AllText(), Has.None.Contains(Wire.ApiKey));
        Assert.That(logs.AllText(), Has.None.Contains(Wire.AccountToken));
        Assert.That(logs.AllText(), Has.None.Contains("emulatorServerToken01"));
    }
}
