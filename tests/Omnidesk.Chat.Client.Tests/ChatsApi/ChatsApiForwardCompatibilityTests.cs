using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiForwardCompatibilityTests
{
    [Test]
    public async Task GetDetailsAsync_UnknownEnumValuesAndFields_ReadsAndKeepsThem()
    {
        await using var server = await FixtureServer.StartAsync("/api/v1/chats/{id}/details", "chat-details.unknown-values.json");

        var details = await server.Chats.GetDetailsAsync(Guid.Parse("7d3f0c1e-2a4b-4c6d-8e0f-1a2b3c4d5e6f"));

        Assert.That(details.ChannelType, Is.EqualTo(new ChannelType("telegram")));
        Assert.That(details.LastMessageRole?.Value, Is.EqualTo("bot"));
        Assert.That(details.PenultimateMessageRole, Is.EqualTo(ChatMessageRole.Agent), "known values compare ignoring case");
        Assert.That(details.PenultimateMessageRole?.ToString(), Is.EqualTo("AGENT"), "the value is kept as the server sent it");
        Assert.That(details.ResponderEntity.Value, Is.EqualTo("workflow"));
        Assert.That(details.TicketStatus?.Value, Is.EqualTo("awaiting-customer"));
        Assert.That(details.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 2, 3, 8, 15, 30, 123, TimeSpan.FromHours(1))));
        Assert.That(details.CreatedAt.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(details.IsOwnerBlocked, Is.Null);
        Assert.That(details.ResponderVersionNumber, Is.EqualTo(7));
        Assert.That(details.ResponderPicture, Is.EqualTo("https://cdn.example.com/avatars/triage.png"));
        Assert.That(details.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "priority", "tags", "sla" }));
        Assert.That(details.AdditionalProperties["priority"].GetString(), Is.EqualTo("high"));
        Assert.That(details.AdditionalProperties["tags"].GetRawText(), Is.EqualTo("""["vip", "network"]"""));
        Assert.That(details.AdditionalProperties["sla"].GetProperty("minutesLeft").GetInt32(), Is.EqualTo(42));
    }

    [Test]
    public async Task ListAsync_UnknownFields_ReadsAndKeepsThem()
    {
        await using var server = await FixtureServer.StartAsync("/api/v1/chats", "chats.unknown-fields.json");

        var chats = await server.Chats.ListAsync();

        var chat = chats.Single();
        Assert.That(chat.Id, Is.EqualTo(Guid.Parse("7d3f0c1e-2a4b-4c6d-8e0f-1a2b3c4d5e6f")));
        Assert.That(chat.ChannelId, Is.Null);
        Assert.That(chat.CurrentResponderId, Is.Null);
        Assert.That(chat.Title, Is.Null);
        Assert.That(chat.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "archivedAt", "unreadCount" }));
        Assert.That(chat.AdditionalProperties["unreadCount"].GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task ListDetailsAsync_NewServerValuesFromEmulator_AreReadAsTheyCame()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1, (_, chat) => chat with
        {
            ChannelType = "telegram",
            LastMessageRole = "bot",
            ResponderEntity = "workflow",
            TicketStatus = "escalated",
        });

        var details = (await harness.Chats.ListDetailsAsync()).Single();

        Assert.That(details.ChannelType?.Value, Is.EqualTo("telegram"));
        Assert.That(details.LastMessageRole?.Value, Is.EqualTo("bot"));
        Assert.That(details.ResponderEntity.Value, Is.EqualTo("workflow"));
        Assert.That(details.TicketStatus?.Value, Is.EqualTo("escalated"));
        Assert.That(details.PenultimateMessageRole, Is.EqualTo(ChatMessageRole.User));
    }
}
