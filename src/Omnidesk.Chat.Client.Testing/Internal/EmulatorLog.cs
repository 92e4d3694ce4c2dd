using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The emulator's log lines; they never include headers, query strings or bodies (which may hold keys), nor the
/// path of a hookpoint address (which holds the consumer's token).
/// </summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Omnidesk emulator listening on {Address}")]
    public static partial void Listening(ILogger logger, Uri address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} ({Endpoint}) answered {Status}")]
    public static partial void Answered(ILogger logger, string method, string path, EmulatorEndpoint? endpoint, int? status);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Injected fault {Fault} into {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, EmulatorFault fault, string method, string path);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Agent posted {Hookpoint} to {ChatServerHost} and got {Status}")]
    public static partial void AgentPosted(ILogger logger, string hookpoint, string chatServerHost, int status);
}
