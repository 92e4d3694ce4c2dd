using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// One event as the JSON of an SSE <c>data</c> field: the event's own fields in camelCase with an explicit
/// <c>type</c> (<c>agentMessage</c>, <c>conversationEnded</c>…), source-generated so the package stays trim- and AOT-safe.
/// </summary>
internal static class ConversationEventJson
{
    private static readonly (Type Type, string Name)[] Known =
    [
        (typeof(AgentJoined), "agentJoined"),
        (typeof(AgentMessage), "agentMessage"),
        (typeof(AgentFile), "agentFile"),
        (typeof(AgentTypingStarted), "agentTypingStarted"),
        (typeof(AgentTypingStopped), "agentTypingStopped"),
        (typeof(ConversationNotice), "conversationNotice"),
        (typeof(ConversationEnded), "conversationEnded"),
        (typeof(ConversationEventsDropped), "conversationEventsDropped"),
    ];

    private static readonly JsonTypeInfo<ConversationEvent> Polymorphic = CreatePolymorphic();

    public static string Serialize(ConversationEvent item)
    {
        var type = item.GetType();
        if (Array.Exists(Known, known => known.Type == type))
        {
            return JsonSerializer.Serialize(item, Polymorphic);
        }

        // An event type newer than this package: its common fields, named after its type, rather than nothing.
        var name = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
        return JsonSerializer.Serialize(
            new UnknownConversationEvent(name, item.SessionId, item.Sequence, item.Timestamp),
            ConversationEventJsonContext.Default.UnknownConversationEvent);
    }

    private static JsonTypeInfo<ConversationEvent> CreatePolymorphic()
    {
        // The events are the core package's types: their discriminators are added here rather than by attributes there.
        var options = new JsonSerializerOptions(ConversationEventJsonContext.Default.Options)
        {
            TypeInfoResolver = ConversationEventJsonContext.Default.WithAddedModifier(info =>
            {
                if (info.Type != typeof(ConversationEvent))
                {
                    return;
                }

                info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "type" };
                foreach (var (type, name) in Known)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
                }
            }),
        };
        return (JsonTypeInfo<ConversationEvent>)options.GetTypeInfo(typeof(ConversationEvent));
    }
}
