using System.Text.Json;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationEvent))]
[JsonSerializable(typeof(AgentJoined))]
[JsonSerializable(typeof(AgentMessage))]
[JsonSerializable(typeof(AgentFile))]
[JsonSerializable(typeof(AgentTypingStarted))]
[JsonSerializable(typeof(AgentTypingStopped))]
[JsonSerializable(typeof(ConversationNotice))]
[JsonSerializable(typeof(ConversationEnded))]
[JsonSerializable(typeof(ConversationEventsDropped))]
[JsonSerializable(typeof(UnknownConversationEvent))]
internal sealed partial class ConversationEventJsonContext : JsonSerializerContext;
