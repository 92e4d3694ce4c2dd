using System.Reflection;
using System.Runtime.ExceptionServices;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>
/// The real in-memory store, whose methods named in <see cref="Failing"/> throw the documented
/// <see cref="OmnideskStoreUnavailableException"/> while <see cref="Down"/> is set, as a store that lost its server
/// would. A proxy, so it follows the store contract as it grows.
/// </summary>
public class UnreachableStore : DispatchProxy
{
    private IOmnideskConversationStore _inner = null!;

    public volatile bool Down;

    private int _waits;

    /// <summary>How many times a reader started waiting for events (<c>WaitForEventsAsync</c>).</summary>
    public int Waits => Volatile.Read(ref _waits);

    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    public static (IOmnideskConversationStore Store, UnreachableStore Control) Over(IOmnideskConversationStore inner, params string[] failing)
    {
        var store = Create<IOmnideskConversationStore, UnreachableStore>();
        var control = (UnreachableStore)(object)store;
        control._inner = inner;
        control.Failing.UnionWith(failing);
        return (store, control);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IOmnideskConversationStore.WaitForEventsAsync))
        {
            Interlocked.Increment(ref _waits);
        }

        if (Down && Failing.Contains(targetMethod!.Name))
        {
            throw new OmnideskStoreUnavailableException("conversation store read", "test store at 127.0.0.1:1 did not answer within 5 s");
        }

        try
        {
            return targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
