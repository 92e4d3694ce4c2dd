using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The type of the channel a chat came in on. A server-defined set of strings: the known values are static members, and any other value the
/// server sends is kept as it came, so a new value never breaks reading. Compared case-insensitively.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ChannelType>))]
public readonly record struct ChannelType : IExtensibleEnum<ChannelType>
{
    private readonly string? _value;

    /// <summary>Creates a value, known or not.</summary>
    /// <param name="value">The value as it is on the wire, such as <c>widget</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public ChannelType(string value)
        : this(value, validate: true)
    {
    }

    private ChannelType(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary><c>widget</c>.</summary>
    public static ChannelType Widget { get; } = new("widget");

    /// <summary><c>waha</c>.</summary>
    public static ChannelType Waha { get; } = new("waha");

    /// <summary><c>whatsapp</c>.</summary>
    public static ChannelType WhatsApp { get; } = new("whatsapp");

    /// <summary><c>instagram</c>.</summary>
    public static ChannelType Instagram { get; } = new("instagram");

    /// <summary><c>api</c>.</summary>
    public static ChannelType Api { get; } = new("api");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The value, such as <c>widget</c>.</param>
    public static implicit operator ChannelType(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(ChannelType value) => value.Value;

    /// <summary>Creates a value, known or not (the named form of the conversion from <see cref="string"/>).</summary>
    /// <param name="value">The value as it is on the wire.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public static ChannelType FromString(string value) => new(value);

    /// <inheritdoc/>
    static ChannelType IExtensibleEnum<ChannelType>.FromWire(string value) => new(value, validate: false);

    /// <inheritdoc/>
    public bool Equals(ChannelType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as it is on the wire.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
