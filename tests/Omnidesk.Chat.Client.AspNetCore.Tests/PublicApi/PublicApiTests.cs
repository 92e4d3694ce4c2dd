using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Tests.Shared;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.PublicApi;

/// <summary>Every change to the package's public surface shows up in review as a change to the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_OmnideskAspNetCore_MatchesApprovedFile() =>
        PublicApiApproval.Verify(typeof(Omnidesk.Chat.Client.AspNetCore.OmnideskHookpointOptions).Assembly, "PublicApi/Omnidesk.Chat.Client.AspNetCore.approved.txt", SourceFolder());

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
