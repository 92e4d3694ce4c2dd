using System.Globalization;
using System.Text;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>The JSON bodies the stand-in server answers with, as Omnidesk sends them (wire-format.md).</summary>
internal static class FixedResponses
{
    public static readonly byte[] NewChatMessage = """{"type":"result","message":"Message sent.","ticketID":1000}"""u8.ToArray();

    public static readonly byte[] Attachment = """{"type":"result","message":"Attachment uploaded.","ticketID":1000,"messageID":2}"""u8.ToArray();

    /// <summary>A page of ten v1 chats, every field set.</summary>
    public static readonly byte[] TenChats = BuildChats(10);

    private static byte[] BuildChats(int count)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(CultureInfo.InvariantCulture, $$"""
                {"id":"7d3f0c1e-2a4b-4c6d-8e0f-1a2b3c4d5e{{i:x2}}","createdAt":"2026-02-03T08:15:30.123+01:00",
                "updatedAt":"2026-02-03T08:20:00+01:00","isRemoved":false,"channelId":"00000000-0000-4000-8000-00000000c001",
                "currentResponderId":"00000000-0000-4000-8000-00000000b001","lastChatMessageCreatedAt":"2026-02-03T08:19:59.5+01:00",
                "ownerId":"3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a{{i:x2}}","responderId":"00000000-0000-4000-8000-00000000b001",
                "title":"Question about order {{1000 + i}}","workspaceId":"00000000-0000-4000-8000-00000000a001"}
                """);
        }

        return Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }
}
