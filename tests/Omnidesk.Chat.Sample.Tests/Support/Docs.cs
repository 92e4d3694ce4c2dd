namespace Omnidesk.Chat.Sample.Tests.Support;

/// <summary>The repository files the tests read, copied next to the test assembly (see the csproj).</summary>
internal static class Docs
{
    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs", file)).ReplaceLineEndings("\n");
}
