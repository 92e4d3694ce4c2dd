using System.Text.Json;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>The answers are read tolerantly: documented fields typed, everything else kept.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatResultReadingTests
{
    [Test]
    public void ChatConfig_DocumentedExample_ReadsColoursLabelsAndInstructions()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ChatApi/Fixtures/chat-config.json"));

        var config = JsonSerializer.Deserialize(json, ChatJsonContext.Default.ChatConfig)!;

        Assert.That(config.Type, Is.EqualTo("result"));
        Assert.That(config.Message, Is.EqualTo("start instructions"));
        Assert.That(config.Config!.HeaderColor, Is.EqualTo("#18e2ae"));
        Assert.That(config.Config.ChatMessageAgentColor, Is.EqualTo("#18e2ae"));
        Assert.That(config.Config.LabelProvideEmailAddress, Is.EqualTo("Please provide your mail address"));
        Assert.That(config.Config.AgentTypingText, Is.EqualTo("Agent typing.."));
        Assert.That(config.Config.ChatLogoHeight, Is.EqualTo("30"));
        Assert.That(config.Config.ChatLogoWidth, Is.EqualTo("100"), "a number where text was due is read as its text");
        Assert.That(config.Config.ShowSurveyAfterChat, Is.Null);
        Assert.That(config.Config.AdditionalProperties!["brand_new_setting"].GetBoolean(), Is.True);
        Assert.That(config.Instructions.Select(i => i.Type), Is.EqualTo(new InstructionType[]
        {
            InstructionType.HideReasonNoAgentsAvailable, InstructionType.PhoneNumber, InstructionType.ShowTeam, new("show_banner"),
        }));
        Assert.That(config.Instructions[1].Key, Is.EqualTo("phoneNumber"));
        Assert.That(config.Instructions[2].TeamProfilePictures, Has.Count.Zero);
        Assert.That(config.Instructions[3].AdditionalProperties!["text"].GetString(), Is.EqualTo("Closed on Sunday"));
        Assert.That(config.AreAgentsAvailable, Is.False);
    }

    [Test]
    public void ChatConfig_NoInstructions_AgentsAreAvailable()
    {
        var config = JsonSerializer.Deserialize("""{"type":"result","config":{}}""", ChatJsonContext.Default.ChatConfig)!;

        Assert.That(config.Instructions, Has.Count.Zero);
        Assert.That(config.AreAgentsAvailable, Is.True);
    }

    [Test]
    public void NewChatMessageResult_TicketIdAsNumberOrString_ReadsTheTicket()
    {
        var asNumber = JsonSerializer.Deserialize("""{"type":"result","message":"Message sent.","ticketID":12312}""", ChatJsonContext.Default.NewChatMessageResult)!;
        var asString = JsonSerializer.Deserialize("""{"type":"result","message":"Message sent.","ticketID":"12312","extra":[1]}""", ChatJsonContext.Default.NewChatMessageResult)!;

        Assert.That(asNumber.TicketId, Is.EqualTo(12312));
        Assert.That(asNumber.Message, Is.EqualTo("Message sent."));
        Assert.That(asString.TicketId, Is.EqualTo(12312));
        Assert.That(asString.AdditionalProperties!["extra"].GetRawText(), Is.EqualTo("[1]"));
    }

    [Test]
    public void InstructionType_Equality_IgnoresCase()
    {
        Assert.That(new InstructionType("SHOW_TEAM"), Is.EqualTo(InstructionType.ShowTeam));
        Assert.That(new InstructionType("SHOW_TEAM") == InstructionType.ShowTeam, Is.True);
        Assert.That(new InstructionType("SHOW_TEAM").GetHashCode(), Is.EqualTo(InstructionType.ShowTeam.GetHashCode()));
        Assert.That(new InstructionType("show_banner") != InstructionType.ShowTeam, Is.True);
        Assert.That(default(InstructionType).Value, Is.Empty);
    }
}
