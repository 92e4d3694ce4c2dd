using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Who wrote a chat message (the role of the latest and the penultimate message). The API does not list its
/// values; the known ones here are assumed. A server-defined set of strings: the known values are static members, and any other value the
/// server sends is kept as it came, so a new value never breaks reading. Compared case-insensitively.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ChatMessageRole>))]
public readonly record struct ChatMessageRole : IExtensibleEnum<ChatMessageRole>
{
    private readonly string? _value;

    /// <summary>Creates a value, known or not.</summary>
    /// <param name="value">The value as it is on the wire, such as <c>user</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public ChatMessageRole(string value)
        : this(value, validate: true)
    {
    }

    private ChatMessageRole(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary><c>user</c>.</summary>
    public static ChatMessageRole User { get; } = new("user");

    /// <summary><c>agent</c>.</summary>
    public static ChatMessageRole Agent { get; } = new("agent");

    /// <summary><c>assistant</c>.</summary>
    public static ChatMessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>.</summary>
    public static ChatMessageRole System { get; } = new("system");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The value, such as <c>user</c>.</param>
    public static implicit operator ChatMessageRole(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(ChatMessageRole value) => value.Value;

    /// <summary>Creates a value, known or not (the named form of the conversion from <see cref="string"/>).</summary>
    /// <param name="value">The value as it is on the wire.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public static ChatMessageRole FromString(string value) => new(value);

    /// <inheritdoc/>
    static ChatMessageRole IExtensibleEnum<ChatMessageRole>.FromWire(string value) => new(value, validate: false);

    /// <inheritdoc/>
    public bool Equals(ChatMessageRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as it is on the wire.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
