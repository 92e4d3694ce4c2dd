using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>One instruction of the chat configuration, such as <c>{"type":"show_team","team_profile_pictures":[]}</c>.</summary>
public sealed record ChatInstruction
{
    /// <summary>What the instruction says (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public InstructionType Type { get; init; }

    /// <summary>The field the instruction is about (<c>key</c>), as on <see cref="InstructionType.PhoneNumber"/>.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>The team's pictures (<c>team_profile_pictures</c>), as on <see cref="InstructionType.ShowTeam"/>.</summary>
    [JsonPropertyName("team_profile_pictures")]
    public IReadOnlyList<JsonElement>? TeamProfilePictures { get; init; }

    /// <summary>The fields of the instruction this SDK does not type, as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
