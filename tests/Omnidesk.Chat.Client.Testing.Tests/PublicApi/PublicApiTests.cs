using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Tests.Shared;

namespace Omnidesk.Chat.Client.Testing.Tests.PublicApi;

/// <summary>Every change to the package's public surface shows up in review as a change to the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_OmnideskTesting_MatchesApprovedFile() =>
        PublicApiApproval.Verify(typeof(Omnidesk.Chat.Client.Testing.OmnideskEmulator).Assembly, "PublicApi/Omnidesk.Chat.Client.Testing.approved.txt", SourceFolder());

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
