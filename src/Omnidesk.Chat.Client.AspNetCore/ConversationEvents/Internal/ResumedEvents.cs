using System.Globalization;
using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// A conversation's events after the last one a browser has (its <c>Last-Event-ID</c>): none repeated, none lost.
/// </summary>
/// <remarks>
/// A named reader's stored position moves when it asks for the next event, which the stream does as soon as an event
/// was written to the response, not once the browser got it: a connection cut in between leaves the position past
/// the browser, and a reconnect that trusted it would lose that event. So the browser's <c>Last-Event-ID</c> is the
/// position, and each connection reads the session's shared event log (any instance) with a reader of its own,
/// <c>{prefix}:{lastEventId}:{connection}</c>, skipping what the browser has. Its stored position only lives as long as
/// the conversation.
/// </remarks>
internal static class ResumedEvents
{
    public static async IAsyncEnumerable<ConversationEvent> AfterAsync(
        OmnideskConversation conversation, string readerPrefix, long lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = string.Create(CultureInfo.InvariantCulture, $"{readerPrefix}:{lastEventId}:{Guid.NewGuid():N}");
        await foreach (var item in conversation.ReadEventsAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            if (item.Sequence <= lastEventId)
            {
                continue;
            }

            // Only the dropped events the browser had not seen count as missed.
            yield return item is ConversationEventsDropped dropped && dropped.Sequence - dropped.Count < lastEventId
                ? dropped with { Count = dropped.Sequence - lastEventId }
                : item;
        }
    }
}
