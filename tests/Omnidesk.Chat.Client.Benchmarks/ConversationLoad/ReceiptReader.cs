using System.Diagnostics;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// One conversation's reader in an instance: notes each agent message with the monotonic clock's reading the moment
/// the reader has it (<see cref="Stopwatch.GetTimestamp"/> is CLOCK_MONOTONIC on Linux: the same clock in every
/// process of the machine, so the driver can subtract its own send and answer times).
/// </summary>
internal sealed class ReceiptReader(OmnideskConversation conversation)
{
    private readonly List<Receipt> _receipts = [];
    private int _count;

    /// <summary>How many agent messages arrived so far; read by the drain from another thread.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>What arrived, in order; complete once <see cref="ReadAsync"/> has returned.</summary>
    public IReadOnlyList<Receipt> Receipts => _receipts;

    public async Task ReadAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var item in conversation.ReadEventsAsync(stop))
            {
                if (item is AgentMessage message)
                {
                    _receipts.Add(new Receipt(message.Text, Stopwatch.GetTimestamp()));
                    Interlocked.Increment(ref _count);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the drain: what arrived is in the receipts.
        }
    }
}
