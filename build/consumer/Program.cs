// The consumer check's program (build/ci-consumer.sh copies it into a fresh project that restores our packages
// from artifacts/): the emulator plays Omnidesk, AddOmnideskChat sends a customer's message, the emulator's agent
// replies, and MapOmnideskHookpoints delivers the reply to a handler. Exit code 0 only when all of it worked.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

await using var emulator = await OmnideskEmulator.StartAsync();
var token = OmnideskHookpointAddress.GenerateToken();

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<Replies>();
builder.Services.AddOmnideskHookpoints<ReplyHandler>(options => options.Token = token);
builder.Services.AddOmnideskChat(options =>
{
    options.BaseAddress = emulator.BaseAddress;
    options.ApiKey = emulator.Options.ApiKey;
    options.ChatAccountToken = emulator.Options.ChatAccountToken;
});
await using var app = builder.Build();
app.MapOmnideskHookpoints("/omnidesk");
await app.StartAsync();

var chatServer = OmnideskHookpointAddress.Build(new Uri(app.Urls.First()), "/omnidesk", token);
var omnidesk = app.Services.GetRequiredService<IOmnideskChatApi>();
var opened = await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage
{
    ChatSessionId = "consumer-check",
    Message = "Hello from the packaged client",
    ChatServer = chatServer,
});
var delivery = await emulator.Agent.SendMessageAsync("consumer-check", "Hello from the agent", "Anna");
var reply = await app.Services.GetRequiredService<Replies>().First.WaitAsync(TimeSpan.FromSeconds(10));

var stored = emulator.State.FindSession("consumer-check")?.Messages.SingleOrDefault()?.Message;
if (opened.TicketId is null || stored != "Hello from the packaged client" || delivery.StatusCode != 200 || reply != "Anna: Hello from the agent")
{
    Console.Error.WriteLine($"consumer check failed: ticket {opened.TicketId}, stored '{stored}', hookpoint {delivery.StatusCode}, reply '{reply}'");
    return 1;
}

Console.WriteLine($"consumer check passed: ticket #{opened.TicketId} opened, the agent's reply '{reply}' reached the hookpoint handler.");
Console.WriteLine($"  Omnidesk.Chat.Client from {typeof(IOmnideskChatApi).Assembly.Location}");
return 0;

sealed class Replies
{
    private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> First => _first.Task;

    public void Add(string reply) => _first.TrySetResult(reply);
}

sealed class ReplyHandler(Replies replies) : OmnideskHookpointHandler
{
    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken)
    {
        replies.Add($"{agentMessage.AgentName}: {agentMessage.Message}");
        return ValueTask.CompletedTask;
    }
}
