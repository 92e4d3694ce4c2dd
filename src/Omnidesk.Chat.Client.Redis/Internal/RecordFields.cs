using System.Globalization;
using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>A <see cref="ConversationRecord"/> as the fields of its Redis hash (readable with <c>HGETALL</c>).</summary>
internal static class RecordFields
{
    private const string Id = "id";
    private const string Status = "status";
    private const string Ticket = "ticket";
    private const string Created = "created";
    private const string Activity = "activity";
    private const string IdleWarned = "idleWarned";
    private const string Ended = "ended";
    private const string EndedBy = "endedBy";
    private const string Customer = "customer";
    private const string Version = "version";

    /// <summary>Field/value pairs of the set fields, activity included; never the version.</summary>
    public static List<RedisValue> Write(ConversationRecord record)
    {
        var values = new List<RedisValue>(18)
        {
            Id, record.SessionId,
            Status, record.Status.ToString(),
            Created, RedisTime.Write(record.CreatedAt),
            Activity, RedisTime.WriteComparable(record.LastActivityAt),
        };
        Add(values, Ticket, record.TicketId?.ToString(CultureInfo.InvariantCulture));
        Add(values, IdleWarned, record.IdleWarnedAt is { } warned ? RedisTime.Write(warned) : null);
        Add(values, Ended, record.EndedAt is { } ended ? RedisTime.Write(ended) : null);
        Add(values, EndedBy, record.EndedBy?.ToString());
        Add(values, Customer, record.CustomerName);
        return values;
    }

    /// <summary>The optional fields the record leaves null, for an update to delete.</summary>
    public static List<RedisValue> Unset(ConversationRecord record)
    {
        var unset = new List<RedisValue>(5);
        AddIfNull(unset, Ticket, record.TicketId);
        AddIfNull(unset, IdleWarned, record.IdleWarnedAt);
        AddIfNull(unset, Ended, record.EndedAt);
        AddIfNull(unset, EndedBy, record.EndedBy);
        AddIfNull(unset, Customer, record.CustomerName);
        return unset;
    }

    public static string WriteActivity(DateTimeOffset at) => RedisTime.WriteComparable(at);

    /// <summary>Reads the flat name/value array that HGETALL returns inside a script.</summary>
    public static ConversationRecord Read(RedisResult hash)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = (RedisResult[])hash!;
        for (var i = 0; i + 1 < items.Length; i += 2)
        {
            fields[(string)items[i]!] = (string)items[i + 1]!;
        }

        return Read(fields);
    }

    public static ConversationRecord Read(HashEntry[] hash) =>
        Read(hash.ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!, StringComparer.Ordinal));

    private static ConversationRecord Read(Dictionary<string, string> fields) => new()
    {
        SessionId = fields[Id],
        Status = Enum.Parse<ConversationStatus>(fields[Status]),
        TicketId = fields.TryGetValue(Ticket, out var ticket) ? long.Parse(ticket, CultureInfo.InvariantCulture) : null,
        CreatedAt = RedisTime.Read(fields[Created]),
        LastActivityAt = RedisTime.ReadComparable(fields[Activity]),
        IdleWarnedAt = fields.TryGetValue(IdleWarned, out var warned) ? RedisTime.Read(warned) : null,
        EndedAt = fields.TryGetValue(Ended, out var ended) ? RedisTime.Read(ended) : null,
        EndedBy = fields.TryGetValue(EndedBy, out var endedBy) ? Enum.Parse<ConversationEndedBy>(endedBy) : null,
        CustomerName = fields.TryGetValue(Customer, out var customer) ? customer : null,
        Version = long.Parse(fields[Version], CultureInfo.InvariantCulture),
    };

    private static void AddIfNull(List<RedisValue> names, string name, object? value)
    {
        if (value is null)
        {
            names.Add(name);
        }
    }

    private static void Add(List<RedisValue> values, string name, string? value)
    {
        if (value is not null)
        {
            values.Add(name);
            values.Add(value);
        }
    }
}
