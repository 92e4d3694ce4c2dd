using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>Reads a conversation's events the way an app does, with a generous deadline for this shared machine.</summary>
internal static class EventReader
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>The next <paramref name="count"/> events of the default reader.</summary>
    public static async Task<List<ConversationEvent>> NextAsync(OmnideskConversation conversation, int count, string reader = "default")
    {
        using var timeout = new CancellationTokenSource(Deadline);
        var events = new List<ConversationEvent>();
        if (count == 0)
        {
            return events;
        }

        await foreach (var item in conversation.ReadEventsAsync(reader, timeout.Token))
        {
            events.Add(item);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }
}
