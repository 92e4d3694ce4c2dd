using System.Globalization;
using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>A <see cref="ConversationEntry"/> as the fields of one Redis Stream entry; the entry id carries the sequence.</summary>
internal static class EntryFields
{
    private const string Timestamp = "ts";
    private const string Kind = "kind";
    private const string Text = "text";
    private const string AgentName = "agent";
    private const string AgentPicture = "picture";
    private const string MessageNumber = "number";
    private const string FileId = "fileId";
    private const string FileName = "fileName";
    private const string ContentType = "type";
    private const string FileLength = "length";
    private const string IsContentKept = "kept";
    private const string EndedBy = "endedBy";
    private const string NoticeKind = "notice";

    /// <summary>Field/value pairs of the set fields.</summary>
    public static List<RedisValue> Write(ConversationEntry entry)
    {
        var values = new List<RedisValue>(8)
        {
            Timestamp, RedisTime.Write(entry.Timestamp),
            Kind, entry.Kind.ToString(),
        };
        Add(values, Text, entry.Text);
        Add(values, AgentName, entry.AgentName);
        Add(values, AgentPicture, entry.AgentPicture);
        Add(values, MessageNumber, entry.MessageNumber?.ToString(CultureInfo.InvariantCulture));
        Add(values, FileId, entry.FileId);
        Add(values, FileName, entry.FileName);
        Add(values, ContentType, entry.ContentType);
        Add(values, FileLength, entry.FileLength?.ToString(CultureInfo.InvariantCulture));
        Add(values, IsContentKept, entry.IsContentKept is { } kept ? (kept ? "1" : "0") : null);
        Add(values, EndedBy, entry.EndedBy?.ToString());
        Add(values, NoticeKind, entry.NoticeKind?.ToString());
        return values;
    }

    public static ConversationEntry Read(StreamEntry entry)
    {
        var id = (string)entry.Id!;
        var fields = entry.Values.ToDictionary(pair => (string)pair.Name!, pair => (string)pair.Value!, StringComparer.Ordinal);
        return new ConversationEntry
        {
            Sequence = Sequence(id),
            Timestamp = RedisTime.Read(fields[Timestamp]),
            Kind = Enum.Parse<ConversationEntryKind>(fields[Kind]),
            Text = fields.GetValueOrDefault(Text),
            AgentName = fields.GetValueOrDefault(AgentName),
            AgentPicture = fields.GetValueOrDefault(AgentPicture),
            MessageNumber = fields.TryGetValue(MessageNumber, out var number) ? int.Parse(number, CultureInfo.InvariantCulture) : null,
            FileId = fields.GetValueOrDefault(FileId),
            FileName = fields.GetValueOrDefault(FileName),
            ContentType = fields.GetValueOrDefault(ContentType),
            FileLength = fields.TryGetValue(FileLength, out var length) ? long.Parse(length, CultureInfo.InvariantCulture) : null,
            IsContentKept = fields.TryGetValue(IsContentKept, out var kept) ? kept == "1" : null,
            EndedBy = fields.TryGetValue(EndedBy, out var endedBy) ? Enum.Parse<ConversationEndedBy>(endedBy) : null,
            NoticeKind = fields.TryGetValue(NoticeKind, out var notice) ? Enum.Parse<ConversationNoticeKind>(notice) : null,
        };
    }

    /// <summary>The stream entry id of a sequence: <c>&lt;sequence&gt;-0</c>.</summary>
    public static string Id(long sequence) => sequence.ToString(CultureInfo.InvariantCulture) + "-0";

    private static long Sequence(string id) => long.Parse(id.AsSpan(0, id.IndexOf('-', StringComparison.Ordinal)), CultureInfo.InvariantCulture);

    private static void Add(List<RedisValue> values, string name, string? value)
    {
        if (value is not null)
        {
            values.Add(name);
            values.Add(value);
        }
    }
}
