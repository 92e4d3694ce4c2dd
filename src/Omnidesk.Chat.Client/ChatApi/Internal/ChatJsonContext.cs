using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The source-generated JSON context of the v2 Chat API's answers: property names match in any case, numbers may
/// come as strings and strings as numbers, and unknown fields land in the models' extension data.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(NewChatMessageResult))]
[JsonSerializable(typeof(ChatNotificationResult))]
[JsonSerializable(typeof(AttachmentResult))]
[JsonSerializable(typeof(ChatConfig))]
[JsonSerializable(typeof(OriginCheckResult))]
[JsonSerializable(typeof(AccessLists))]
[JsonSerializable(typeof(ChatQueue))]
[JsonSerializable(typeof(ChatbotLogResult))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;
