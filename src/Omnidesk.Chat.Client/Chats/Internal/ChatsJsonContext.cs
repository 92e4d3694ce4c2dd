using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.Chats.Internal;

/// <summary>The source-generated JSON metadata of the v1 chats API: no reflection at run time.</summary>
[JsonSerializable(typeof(Chat))]
[JsonSerializable(typeof(IReadOnlyList<Chat>))]
[JsonSerializable(typeof(ChatDetails))]
[JsonSerializable(typeof(IReadOnlyList<ChatDetails>))]
[JsonSerializable(typeof(CreateChatRequest))]
[JsonSerializable(typeof(DeleteChatResult))]
internal sealed partial class ChatsJsonContext : JsonSerializerContext;
