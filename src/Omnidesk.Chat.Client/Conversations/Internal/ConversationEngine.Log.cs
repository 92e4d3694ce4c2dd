using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    internal static partial class Log
    {
        [LoggerMessage(101, LogLevel.Warning, "Hookpoint {Kind} for session {SessionId} matched no open conversation ({Why}); answered as usual and passed to your handler, if any.")]
        public static partial void Unmatched(ILogger logger, HookpointKind kind, string sessionId, string why);

        [LoggerMessage(102, LogLevel.Information, "Conversation {SessionId} ended by {EndedBy}.")]
        public static partial void Ended(ILogger logger, string sessionId, ConversationEndedBy endedBy);

        [LoggerMessage(103, LogLevel.Warning, "Conversation {SessionId}: reader {Reader} fell behind and {Count} events were dropped before it read them.")]
        public static partial void EventsDropped(ILogger logger, string sessionId, string reader, long count);

        [LoggerMessage(104, LogLevel.Information, "Conversation {SessionId} was idle: warned the customer.")]
        public static partial void IdleWarned(ILogger logger, string sessionId);

        [LoggerMessage(105, LogLevel.Warning, "The idle check of conversation {SessionId} failed; it is tried again on the next check.")]
        public static partial void IdleCheckFailed(ILogger logger, string sessionId, Exception exception);

        [LoggerMessage(106, LogLevel.Warning, "The idle check could not list the open conversations; it is tried again on the next check.")]
        public static partial void IdleListFailed(ILogger logger, Exception exception);

        [LoggerMessage(107, LogLevel.Warning, "Conversation {SessionId} ended by {EndedBy} here, but telling Omnidesk (notifyUserEndChat) failed; it is not sent again, so the agent closes the chat on their side.")]
        public static partial void EndNotifyFailed(ILogger logger, string sessionId, ConversationEndedBy endedBy, Exception exception);

        [LoggerMessage(108, LogLevel.Error, "Conversation {SessionId}: the store lost data it held (restarted without persistence or from an older snapshot, failed over without the last writes, or keys removed): it no longer holds the open conversation or the events reader {Reader} consumed up to {Sequence}; the reader is told with ConversationDataLost.")]
        public static partial void DataLost(ILogger logger, string sessionId, string reader, long sequence);
    
        [LoggerMessage(109, LogLevel.Error, "Hookpoint {Kind} for session {SessionId}: the conversation store lost its data ({Why}); the event is not stored, answered as usual (a resend cannot bring the conversation back) and passed to your handler, if any.")]
        public static partial void HookpointForLostData(ILogger logger, HookpointKind kind, string sessionId, string why);
    }
}
