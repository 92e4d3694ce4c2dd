using System.Text.Json;

namespace Omnidesk.Chat.Client.Tests.Serialization;

/// <summary>The six extensible enums behave as one: blanks refused in code but kept from the wire, case-insensitive equality, the wire value back by cast.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ExtensibleEnumTests
{
    [Test]
    public void Constructor_Blank_IsRefusedByEveryOne()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new ChannelType(" "));
            Assert.Throws<ArgumentException>(() => _ = new ChatMessageRole(" "));
            Assert.Throws<ArgumentException>(() => _ = new ResponderEntity(" "));
            Assert.Throws<ArgumentException>(() => _ = new TicketStatus(" "));
            Assert.Throws<ArgumentException>(() => _ = new InstructionType(" "));
            Assert.Throws<ArgumentException>(() => _ = new ChatEventType(" "));
        });
    }

    [Test]
    public void WireValue_Blank_IsKeptAsItCame()
    {
        var config = JsonSerializer.Deserialize("""{"instructions":[{"type":""}]}""", Omnidesk.Chat.Client.ChatApi.Internal.ChatJsonContext.Default.ChatConfig)!;

        Assert.That((string)config.Instructions.Single().Type, Is.Empty);
    }

    [Test]
    public void Equality_IgnoresCase_AndTheCastGivesTheValueAsWritten()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ChatEventType("StartedTyping") == ChatEventType.StartedTyping, Is.True);
            Assert.That(new InstructionType("SHOW_TEAM") != InstructionType.ShowTeam, Is.False);
            Assert.That(new ChannelType("Widget").Equals((object)ChannelType.Widget), Is.True);
            Assert.That(new TicketStatus("Open").GetHashCode(), Is.EqualTo(new TicketStatus("open").GetHashCode()));
            Assert.That((string)new ChatEventType("StartedTyping"), Is.EqualTo("StartedTyping"));
            Assert.That((string)InstructionType.ShowTeam, Is.EqualTo("show_team"));
        });
    }
}
