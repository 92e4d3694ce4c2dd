using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>One rule of the store contract, checked against a store (see <see cref="ConversationStoreConformance"/>).</summary>
public sealed class ConversationStoreCheck
{
    private readonly Func<Func<IOmnideskConversationStore>, CancellationToken, Task> _run;

    internal ConversationStoreCheck(string name, Func<Func<IOmnideskConversationStore>, CancellationToken, Task> run)
    {
        Name = name;
        _run = run;
    }

    /// <summary>The rule, in words.</summary>
    public string Name { get; }

    /// <summary>Runs the check.</summary>
    /// <param name="instance">
    /// Gives the store under test. Each call may return another instance over the same data (as another process of
    /// the app would see it); a store for one process returns the same instance every time.
    /// </param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The check; it fails with <see cref="ConversationStoreConformanceException"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is <see langword="null"/>.</exception>
    /// <exception cref="ConversationStoreConformanceException">The store broke the rule.</exception>
    public Task RunAsync(Func<IOmnideskConversationStore> instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return _run(instance, cancellationToken);
    }

    /// <summary>The rule, as test runners show a test case.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
