using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The status of the ticket linked to a chat. The API does not list its values; the known ones here are
/// assumed. A server-defined set of strings: the known values are static members, and any other value the
/// server sends is kept as it came, so a new value never breaks reading. Compared case-insensitively.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TicketStatus>))]
public readonly record struct TicketStatus : IExtensibleEnum<TicketStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value, known or not.</summary>
    /// <param name="value">The value as it is on the wire, such as <c>open</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public TicketStatus(string value)
        : this(value, validate: true)
    {
    }

    private TicketStatus(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary><c>open</c>.</summary>
    public static TicketStatus Open { get; } = new("open");

    /// <summary><c>pending</c>.</summary>
    public static TicketStatus Pending { get; } = new("pending");

    /// <summary><c>closed</c>.</summary>
    public static TicketStatus Closed { get; } = new("closed");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The value, such as <c>open</c>.</param>
    public static implicit operator TicketStatus(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(TicketStatus value) => value.Value;

    /// <summary>Creates a value, known or not (the named form of the conversion from <see cref="string"/>).</summary>
    /// <param name="value">The value as it is on the wire.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public static TicketStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    static TicketStatus IExtensibleEnum<TicketStatus>.FromWire(string value) => new(value, validate: false);

    /// <inheritdoc/>
    public bool Equals(TicketStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The value as it is on the wire.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
