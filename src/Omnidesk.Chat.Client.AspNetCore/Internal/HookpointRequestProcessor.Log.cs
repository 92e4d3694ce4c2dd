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

        [LoggerMessage(2, LogLevel.Debug, "Refused a {Kind} hookpoint request with 404: wrong or missing token.")]
        public static partial void WrongToken(ILogger logger, HookpointKind kind);

        [LoggerMessage(3, LogLevel.Warning, "Refused a {Kind} hookpoint request with 403: source {RemoteAddress} is outside the allowed networks.")]
        public static partial void SourceRefused(ILogger logger, HookpointKind kind, string remoteAddress);

        [LoggerMessage(4, LogLevel.Information, "Refused a {Kind} hookpoint request with {StatusCode}: {Reason}.")]
        public static partial void Refused(ILogger logger, HookpointKind kind, int statusCode, string reason);

        [LoggerMessage(5, LogLevel.Error, "The hookpoint handler failed on {Kind}; answered 500.")]
        public static partial void HandlerFailed(ILogger logger, HookpointKind kind, Exception exception);

        [LoggerMessage(6, LogLevel.Debug, "The sender disconnected during a {Kind} hookpoint request.")]
        public static partial void SenderDisconnected(ILogger logger, HookpointKind kind);
    }
}
