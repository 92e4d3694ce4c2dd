using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>A reader as an app writes one: it reads until told to stop, and after a store outage it reads again.</summary>
internal sealed class PatientReader(OmnideskConversation conversation)
{
    private readonly object _gate = new();
    private readonly List<string> _texts = [];
    private readonly List<long> _sequences = [];

    public string SessionId => conversation.SessionId;

    public int Outages { get; private set; }

    public List<string> Texts
    {
        get { lock (_gate) { return [.. _texts]; } }
    }

    public List<long> Sequences
    {
        get { lock (_gate) { return [.. _sequences]; } }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var item in conversation.ReadEventsAsync(cancellationToken))
                {
                    lock (_gate)
                    {
                        _sequences.Add(item.Sequence);
                        if (item is AgentMessage message)
                        {
                            _texts.Add(message.Text);
                        }
                    }
                }
            }
            catch (OmnideskStoreUnavailableException)
            {
                Outages++;
                await Task.Delay(100, CancellationToken.None);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public async Task WaitForAsync(IReadOnlyCollection<string> expected, CancellationToken cancellationToken)
    {
        while (!expected.All(Texts.Contains))
        {
            await Task.Delay(50, cancellationToken);
        }
    }
}
