using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Tests.Shared;

namespace Omnidesk.Chat.Client.Redis.Tests.PublicApi;

/// <summary>Every change to the package's public surface shows up in review as a change to the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_OmnideskRedis_MatchesApprovedFile() =>
        PublicApiApproval.Verify(typeof(OmnideskRedisStoreOptions).Assembly, "PublicApi/Omnidesk.Chat.Client.Redis.approved.txt", SourceFolder());

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
