namespace Omnidesk.Chat.Client.Testing;

/// <summary>The fixed ids the emulator uses for its v1 workspace and default channel, owner and responder.</summary>
public static class EmulatorIds
{
    /// <summary>Gets the workspace id of every chat.</summary>
    public static Guid WorkspaceId { get; } = Guid.Parse("00000000-0000-4000-8000-00000000a001");

    /// <summary>Gets the channel id of seeded chats unless configured.</summary>
    public static Guid ChannelId { get; } = Guid.Parse("00000000-0000-4000-8000-00000000c001");

    /// <summary>Gets the owner id of seeded chats unless configured.</summary>
    public static Guid OwnerId { get; } = Guid.Parse("00000000-0000-4000-8000-00000000e001");

    /// <summary>Gets the responder id of every new chat and of seeded chats unless configured.</summary>
    public static Guid ResponderId { get; } = Guid.Parse("00000000-0000-4000-8000-00000000b001");

    /// <summary>Gets the id the emulator gives its <paramref name="number"/>th chat (1-based).</summary>
    /// <param name="number">The chat's number in the emulator's sequence.</param>
    /// <returns>A uuid of the form <c>00000000-0000-4000-8000-{number:x12}</c>.</returns>
    public static Guid ChatId(int number)
        => Guid.Parse("00000000-0000-4000-8000-" + number.ToString("x12", System.Globalization.CultureInfo.InvariantCulture));
}
