namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>The README shows the two pages with committed screenshots, each small enough for a package page.</summary>
public sealed class ReadmeScreenshotTests
{
    private const long MaxBytes = 150 * 1024;

    [TestCase("docs/images/agent-desk.png")]
    [TestCase("docs/images/web-sample-customer.png")]
    [TestCase("docs/images/agent-desk-queue.png")]
    [TestCase("docs/images/web-sample-reconnecting.png")]
    [TestCase("docs/images/web-sample-reconnected.png")]
    public void Screenshot_InTheReadme_IsAPngUnder150KB(string path)
    {
        var root = RepositoryRoot();
        var file = new FileInfo(Path.Combine(root, path));

        Assert.That(File.ReadAllText(Path.Combine(root, "README.md")), Does.Contain("](" + path + ")"));
        Assert.That(file.Exists, Is.True, path);
        Assert.That(file.Length, Is.LessThan(MaxBytes));
        Assert.That(File.ReadAllBytes(file.FullName)[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Omnidesk.Chat.Client.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Omnidesk.Chat.Client.sln) is not above " + AppContext.BaseDirectory);
    }
}
