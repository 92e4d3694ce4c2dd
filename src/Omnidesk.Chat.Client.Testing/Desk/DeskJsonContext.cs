using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>Source-generated JSON for the desk's event stream and actions (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DeskUpdate))]
[JsonSerializable(typeof(DeskActionResult))]
[JsonSerializable(typeof(DeskMessageRequest))]
[JsonSerializable(typeof(DeskTypingRequest))]
internal sealed partial class DeskJsonContext : JsonSerializerContext;
