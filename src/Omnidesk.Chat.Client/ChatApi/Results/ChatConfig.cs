using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The chat configuration: the widget's look and texts (<see cref="Config"/>) and the
/// <see cref="Instructions"/> for the chat right now, such as that no agent is available.
/// </summary>
public sealed record ChatConfig : ChatApiResult
{
    private readonly IReadOnlyList<ChatInstruction>? _instructions;

    /// <summary>The widget's colours, labels and texts (<c>config</c>).</summary>
    [JsonPropertyName("config")]
    public ChatWidgetConfig? Config { get; init; }

    /// <summary>The instructions for the chat (<c>instructions</c>); empty when there are none or the field is missing.</summary>
    [JsonPropertyName("instructions")]
    public IReadOnlyList<ChatInstruction> Instructions
    {
        get => _instructions ?? [];
        init => _instructions = value;
    }

    /// <summary>
    /// Whether agents are available: <see langword="true"/> unless an instruction of type
    /// <see cref="InstructionType.HideReasonNoAgentsAvailable"/> is present. Meaningful only when "Hide chat when
    /// there are no agents available" is checked on the chat token (Settings &gt; Channels &gt; Live chat &gt; Tokens).
    /// </summary>
    [JsonIgnore]
    public bool AreAgentsAvailable
    {
        get
        {
            foreach (var instruction in Instructions)
            {
                if (instruction.Type == InstructionType.HideReasonNoAgentsAvailable)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
