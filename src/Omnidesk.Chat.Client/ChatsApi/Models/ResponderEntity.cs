using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The kind of responder assigned to a chat: an agent or a squad (the API says a responder id refers to an
/// agent or a squad; the wire values are assumed). A server-defined set of strings: the known values are static members, and any other value the
/// server sends is kept as it came, so a new value never breaks reading. Compared case-insensitively.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ResponderEntity>))]
public readonly record struct ResponderEntity : IExtensibleEnum<ResponderEntity>
{
    private readonly string? _value;

    /// <summary>Creates a value, known or not.</summary>
    /// <param name="value">The value as it is on the wire, such as <c>agent</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public ResponderEntity(string value)
        : this(value, validate: true)
    {
    }

    private ResponderEntity(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary><c>agent</c>.</summary>
    public static ResponderEntity Agent { get; } = new("agent");

    /// <summary><c>squad</c>.</summary>
    public static ResponderEntity Squad { get; } = new("squad");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The value, such as <c>agent</c>.</param>
    public static implicit operator ResponderEntity(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(ResponderEntity value) => value.Value;

    /// <summary>Creates a value, known or not (the named form of the conversion from <see cref="string"/>).</summary>
    /// <param name="value">The value as it is on the wire.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public static ResponderEntity FromString(string value) => new(value);

    /// <inheritdoc/>
    static ResponderEntity IExtensibleEnum<ResponderEntity>.FromWire(string value) => new(value, validate: false);

    /// <inheritdoc/>
    public bool Equals(ResponderEntity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as it is on the wire.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
