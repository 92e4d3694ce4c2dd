using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>This file: the store's log.</summary>
internal sealed partial class RedisConversationStore
{
    internal static partial class Log
    {
        [LoggerMessage(201, LogLevel.Warning, "Conversation {SessionId}: an agent event reported as not stored (the hookpoint was answered 503) was stored after all at sequence {Sequence}: Redis ran it in time but its reply came after the operation timeout (Redis froze or the network failed in between). A sender that resends it delivers it twice.")]
        public static partial void StoredAfterRefusal(ILogger logger, string sessionId, long sequence);
    }
}
