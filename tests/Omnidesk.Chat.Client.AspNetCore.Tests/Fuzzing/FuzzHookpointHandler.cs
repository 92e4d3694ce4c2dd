using System.Globalization;
using Microsoft.AspNetCore.Http;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Fuzzing;

/// <summary>
/// The fuzz run's handler: reads every file to its end, swallowing a body failure as a careless handler would,
/// and throws on purpose when the request asks for it (<c>X-Fuzz-Throw</c>), so that 500 can be told apart.
/// </summary>
internal sealed class FuzzHookpointHandler(IHttpContextAccessor accessor, FuzzLedger ledger) : OmnideskHookpointHandler
{
    public const string ThrowHeader = "X-Fuzz-Throw";

    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken) => Record(false);

    protected override async ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken)
    {
        if (agentFile.Content is FileStream held)
        {
            ledger.HeldFiles.Add(held.Name);
        }

        var sawFailure = false;
        try
        {
            await agentFile.Content.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (HookpointBodyException)
        {
            sawFailure = true;
        }

        await Record(sawFailure);
    }

    protected override ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken) => Record(false);

    protected override ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken) => Record(false);

    private ValueTask Record(bool sawBodyFailure)
    {
        var request = accessor.HttpContext!.Request;
        var id = int.Parse(request.Headers[FuzzLedger.IdHeader].ToString(), CultureInfo.InvariantCulture);
        var throws = request.Headers.ContainsKey(ThrowHeader);
        ledger.Handled[id] = new FuzzHandling(throws, sawBodyFailure);
        return throws ? throw new InvalidOperationException("The fuzz handler fails on purpose.") : ValueTask.CompletedTask;
    }
}
