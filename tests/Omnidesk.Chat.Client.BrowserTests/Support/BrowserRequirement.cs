namespace Omnidesk.Chat.Client.BrowserTests.Support;

/// <summary>
/// Debian's Chromium and its driver (<c>apt-get install chromium chromium-driver</c>). Where they are missing a
/// test is skipped with the reason; with <c>CI=true</c> it fails, because CI must run the browser tests.
/// </summary>
internal static class BrowserRequirement
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverFileName = "chromedriver";

    public static void EnsureInstalled()
    {
        var missing = new[] { BrowserPath, Path.Combine(DriverDirectory, DriverFileName) }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"No headless browser: {string.Join(" and ", missing)} not found (apt-get install chromium chromium-driver).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI=true, so the browser tests must run.");
        }

        Assert.Ignore(reason);
    }
}
