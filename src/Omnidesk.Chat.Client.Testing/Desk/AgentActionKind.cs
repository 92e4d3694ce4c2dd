namespace Omnidesk.Chat.Client.Testing;

/// <summary>What the emulator's agent posted to a hookpoint.</summary>
internal enum AgentActionKind
{
    Message,
    File,
    Typing,
    End,
}
