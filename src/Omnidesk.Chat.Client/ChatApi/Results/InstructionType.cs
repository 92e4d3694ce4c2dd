using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Serialization.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The <c>type</c> of an instruction in the chat configuration. Known values are the static members; any
/// other value the server sends is kept as it came. Equality ignores case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<InstructionType>))]
public readonly record struct InstructionType : IExtensibleEnum<InstructionType>
{
    private readonly string? _value;

    /// <summary>Creates an instruction type from its wire value.</summary>
    /// <param name="value">The value as sent, such as <c>show_team</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="null"/>, empty or blank.</exception>
    public InstructionType(string value)
        : this(value, validate: true)
    {
    }

    private InstructionType(string value, bool validate)
    {
        if (validate)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        _value = value;
    }

    /// <summary>
    /// No agent is available and the chat should be hidden (<c>hide_reason_no_agents_available</c>). Sent only
    /// when "Hide chat when there are no agents available" is checked on the chat token.
    /// </summary>
    public static InstructionType HideReasonNoAgentsAvailable { get; } = new("hide_reason_no_agents_available");

    /// <summary>Ask the customer for a phone number (<c>phoneNumber</c>, with a <c>key</c>).</summary>
    public static InstructionType PhoneNumber { get; } = new("phoneNumber");

    /// <summary>Show the team (<c>show_team</c>, with <c>team_profile_pictures</c>).</summary>
    public static InstructionType ShowTeam { get; } = new("show_team");

    /// <summary>The value as it is on the wire; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value to an instruction type.</summary>
    /// <param name="value">The value as sent.</param>
    public static implicit operator InstructionType(string value) => new(value);

    /// <summary>Gives the wire value.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator string(InstructionType value) => value.Value;

    /// <summary>Converts a wire value to an instruction type.</summary>
    /// <param name="value">The value as sent.</param>
    /// <returns>The instruction type.</returns>
    public static InstructionType FromString(string value) => new(value);

    /// <inheritdoc/>
    static InstructionType IExtensibleEnum<InstructionType>.FromWire(string value) => new(value, validate: false);

    /// <inheritdoc/>
    public bool Equals(InstructionType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
