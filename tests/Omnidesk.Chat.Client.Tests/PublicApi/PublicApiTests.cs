using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Tests.Shared;

namespace Omnidesk.Chat.Client.Tests.PublicApi;

/// <summary>Every change to the package's public surface shows up in review as a change to the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_OmnideskChatClient_MatchesApprovedFile() =>
        PublicApiApproval.Verify(typeof(IOmnideskChatApi).Assembly, "PublicApi/Omnidesk.Chat.Client.approved.txt", SourceFolder());

    [Test]
    public void Diff_ChangedMember_ShowsRemovedAndAddedLineUnderItsType()
    {
        const string approved = "public sealed class A\n  public int X { get; }\n\npublic sealed class B\n  public int Y { get; }\n";
        const string received = "public sealed class A\n  public int X { get; }\n\npublic sealed class B\n  public long Y { get; }\n";

        var diff = PublicApiApproval.Diff(approved, received);

        Assert.That(diff, Is.EqualTo("  in public sealed class B\n-   public int Y { get; }\n+   public long Y { get; }\n"));
    }

    [Test]
    public void Diff_AddedType_ShowsItsMembersWithoutAnotherTypesHeading()
    {
        const string approved = "public sealed class A\n  public int X { get; }\n\npublic sealed class C\n  public int Z { get; }\n";
        const string received = "public sealed class A\n  public int X { get; }\n\npublic sealed class B\n  public int Y { get; }\n\npublic sealed class C\n  public int Z { get; }\n";

        var diff = PublicApiApproval.Diff(approved, received);

        Assert.That(diff, Is.EqualTo("+ public sealed class B\n+   public int Y { get; }\n+ \n"));
    }

    [Test]
    public void List_ChatConfig_ShowsRecordBaseNullabilityAndInitAccessors()
    {
        var listing = PublicApiLister.List(typeof(IOmnideskChatApi).Assembly);

        Assert.That(listing, Does.Contain(
            "public sealed record Omnidesk.Chat.Client.ChatConfig : Omnidesk.Chat.Client.ChatApiResult\n" +
            "  public ChatConfig()\n" +
            "  public bool AreAgentsAvailable { get; }\n" +
            "  public Omnidesk.Chat.Client.ChatWidgetConfig? Config { get; init; }\n"));
        Assert.That(listing, Does.Contain("  public required string ChatSessionId { get; init; }\n"));
        Assert.That(listing, Does.Contain(
            "  public static System.Threading.Tasks.Task<bool> AreAgentsAvailableAsync(this Omnidesk.Chat.Client.IOmnideskChatApi api, Omnidesk.Chat.Client.ChatServiceTokens? tokens = null, System.Threading.CancellationToken cancellationToken = default)\n"));
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
