using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// An event of the customer's chat window (<c>event</c> of <c>notifyUserNewChatEvent</c>). The documented
/// values are the static members; equality ignores case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ChatEventType>))]
public readonly record struct ChatEventType : IExtensibleEnum<ChatEventType>
{
    private readonly string? _value;

    /// <summary>Creates an event type from its wire value.</summary>
    /// <param name="value">The value as sent, such as <c>startedtyping</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public ChatEventType(string value)
        : this(value, validate: true)
    {
    }

    private ChatEventType(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary>The customer started typing (<c>startedtyping</c>).</summary>
    public static ChatEventType StartedTyping { get; } = new("startedtyping");

    /// <summary>The customer stopped typing (<c>stoppedtyping</c>).</summary>
    public static ChatEventType StoppedTyping { get; } = new("stoppedtyping");

    /// <summary>The customer expanded the chat window (<c>expandedchat</c>).</summary>
    public static ChatEventType ExpandedChat { get; } = new("expandedchat");

    /// <summary>The customer minimized the chat window (<c>minimizedchat</c>).</summary>
    public static ChatEventType MinimizedChat { get; } = new("minimizedchat");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value to an event type.</summary>
    /// <param name="value">The value as sent.</param>
    public static implicit operator ChatEventType(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(ChatEventType value) => value.Value;

    /// <summary>Converts a wire value to an event type.</summary>
    /// <param name="value">The value as sent.</param>
    /// <returns>The event type.</returns>
    public static ChatEventType FromString(string value) => new(value);

    /// <inheritdoc/>
    static ChatEventType IExtensibleEnum<ChatEventType>.FromWire(string value) => new(value, validate: false);

    /// <summary>The documented wire value when this is one of the known events in any case; otherwise <see cref="Value"/>.</summary>
    internal string WireValue =>
        Equals(StartedTyping) ? StartedTyping.Value
        : Equals(StoppedTyping) ? StoppedTyping.Value
        : Equals(ExpandedChat) ? ExpandedChat.Value
        : Equals(MinimizedChat) ? MinimizedChat.Value
        : Value;

    /// <inheritdoc/>
    public bool Equals(ChatEventType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
