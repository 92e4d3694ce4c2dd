namespace Omnidesk.Chat.Client.Testing;

/// <summary>What the endpoint handlers share: the options, the state and the agents switch.</summary>
internal sealed class EmulatorContext(OmnideskEmulatorOptions options, EmulatorState state)
{
    private volatile bool _agentsAvailable = options.AgentsAvailable;

    public OmnideskEmulatorOptions Options { get; } = options;

    public EmulatorState State { get; } = state;

    /// <summary>Gets the signal the agent desk's event streams wait on; <see langword="null"/> when the desk is off.</summary>
    public DeskSignal? DeskChanges { get; init; }

    public bool AgentsAvailable
    {
        get => _agentsAvailable;
        set => _agentsAvailable = value;
    }
}
