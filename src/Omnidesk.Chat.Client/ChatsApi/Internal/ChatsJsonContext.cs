using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.ChatsApi.Internal;

/// <summary>
/// The source-generated JSON metadata of the v1 chats API, answers and request bodies: no reflection at run
/// time. Refit writes the bodies with it (<c>SystemTextJsonContentSerializer.ForContext</c>).
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(UpdateChatRequestJsonConverter)])]
[JsonSerializable(typeof(Chat))]
[JsonSerializable(typeof(IReadOnlyList<Chat>))]
[JsonSerializable(typeof(ChatDetails))]
[JsonSerializable(typeof(IReadOnlyList<ChatDetails>))]
[JsonSerializable(typeof(CreateChatRequest))]
[JsonSerializable(typeof(UpdateChatRequest))]
[JsonSerializable(typeof(DeleteChatResult))]
internal sealed partial class ChatsJsonContext : JsonSerializerContext;
