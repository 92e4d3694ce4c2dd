using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

internal sealed partial class HookpointRequestProcessor
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning,
            "Omnidesk hookpoints under '{Prefix}' are mapped WITHOUT a secret token (RequireSecretToken = false): anyone who can reach them can post agent messages to your customers. Use this for local development only.")]
        public static partial void MappedWithoutToken(ILogger logger, string prefix);

        [LoggerMessage(2, LogLevel.Debug, "Hookpoint {Kind} refused with 404: wrong or missing token.")]
        public static partial void WrongToken(ILogger logger, HookpointKind kind);

        [LoggerMessage(3, LogLevel.Warning, "Hookpoint {Kind} refused with 403: source {RemoteAddress} is outside the allowed networks.")]
        public static partial void SourceRefused(ILogger logger, HookpointKind kind, string remoteAddress);

        [LoggerMessage(4, LogLevel.Information, "Hookpoint {Kind} refused with {StatusCode}: {Reason}.")]
        public static partial void Refused(ILogger logger, HookpointKind kind, int statusCode, string reason);

        [LoggerMessage(5, LogLevel.Error, "Hookpoint {Kind}: the handler failed; answered 500.")]
        public static partial void HandlerFailed(ILogger logger, HookpointKind kind, Exception exception);

        [LoggerMessage(6, LogLevel.Debug, "Hookpoint {Kind}: the sender disconnected before the answer.")]
        public static partial void SenderDisconnected(ILogger logger, HookpointKind kind);

        [LoggerMessage(7, LogLevel.Warning, "Hookpoint {Kind}: answered 503, the event was not kept: {Reason}")]
        public static partial void StoreUnavailable(ILogger logger, HookpointKind kind, string reason);

        [LoggerMessage(8, LogLevel.Error, "Hookpoint {Kind}: the intake step {Step} failed; the handler was not called; answered 500.")]
        public static partial void IntakeFailed(ILogger logger, HookpointKind kind, string step, Exception exception);
    }
}
