namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsModelTests
{
    [Test]
    public void ChannelType_DifferentCase_IsEqualWithTheSameHash()
    {
        ChannelType fromServer = "WhatsApp";

        Assert.That(fromServer, Is.EqualTo(ChannelType.WhatsApp));
        Assert.That(fromServer == ChannelType.WhatsApp, Is.True);
        Assert.That(fromServer.GetHashCode(), Is.EqualTo(ChannelType.WhatsApp.GetHashCode()));
        Assert.That(fromServer.ToString(), Is.EqualTo("WhatsApp"));
        Assert.That((string)ChannelType.Instagram, Is.EqualTo("instagram"));
    }

    [Test]
    public void ExtensibleEnums_KnownValues_AreTheWireStrings()
    {
        Assert.That(new[] { ChannelType.Widget, ChannelType.Waha, ChannelType.WhatsApp, ChannelType.Instagram, ChannelType.Api }.Select(t => t.Value),
            Is.EqualTo(new[] { "widget", "waha", "whatsapp", "instagram", "api" }));
        Assert.That(ResponderEntity.Squad.Value, Is.EqualTo("squad"));
        Assert.That(TicketStatus.Open.Value, Is.EqualTo("open"));
        Assert.That(ChatMessageRole.User.Value, Is.EqualTo("user"));
    }

    [Test]
    public void ExtensibleEnum_DefaultOrBlank_IsEmptyOrRefused()
    {
        Assert.That(default(TicketStatus).Value, Is.Empty);
        Assert.That(default(TicketStatus), Is.Not.EqualTo(TicketStatus.Open));
        Assert.That(() => new ChannelType(" "), Throws.ArgumentException);
        Assert.That(() => ChatMessageRole.FromString(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Optional_UnsetSetAndSetToNull_AreThreeDifferentStates()
    {
        Optional<string?> unset = default;
        Optional<string?> cleared = null;
        Optional<string?> renamed = "Renamed";

        Assert.That((unset.IsSet, cleared.IsSet, renamed.IsSet), Is.EqualTo((false, true, true)));
        Assert.That(cleared.Value, Is.Null);
        Assert.That(renamed.Value, Is.EqualTo("Renamed"));
        Assert.That(unset, Is.EqualTo(Optional<string?>.Unset));
        Assert.That(unset, Is.Not.EqualTo(cleared));
        Assert.That(Optional<string?>.Set(null), Is.EqualTo(cleared));
        Assert.That((unset.ToString(), cleared.ToString(), renamed.ToString()), Is.EqualTo(("(unset)", "null", "Renamed")));
    }

    [Test]
    public void UpdateChatRequest_SameChanges_AreEqual()
    {
        Assert.That(new UpdateChatRequest { Title = null }, Is.EqualTo(new UpdateChatRequest { Title = null }));
        Assert.That(new UpdateChatRequest { Title = null }, Is.Not.EqualTo(new UpdateChatRequest()));
    }
}
