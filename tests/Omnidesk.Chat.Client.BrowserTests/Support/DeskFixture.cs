using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.BrowserTests.Support;

/// <summary>An emulator with its agent desk on, a user's backend receiving the hookpoints, and the browsers a test opened.</summary>
internal sealed class DeskFixture : IAsyncDisposable
{
    private readonly List<Browser> _browsers = [];

    private DeskFixture(OmnideskEmulator emulator, CustomerBackend backend)
    {
        Emulator = emulator;
        Backend = backend;
    }

    public OmnideskEmulator Emulator { get; }

    public CustomerBackend Backend { get; }

    public Uri Desk => Emulator.DeskAddress!;

    public static async Task<DeskFixture> StartAsync()
    {
        BrowserRequirement.EnsureInstalled();
        var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true });
        return new DeskFixture(emulator, await CustomerBackend.StartAsync(emulator));
    }

    public Browser OpenBrowser(string name, int width = 1100, int height = 800)
    {
        var browser = Browser.Start(name, width, height);
        _browsers.Add(browser);
        return browser;
    }

    /// <summary>Opens the desk with a session chosen (the page keeps the choice in its address's fragment).</summary>
    public Browser OpenDesk(string? sessionId = null, int width = 1100, int height = 800)
    {
        var browser = OpenBrowser("desk", width, height);
        browser.Open(sessionId is null ? Desk : new Uri(Desk, "desk#session=" + Uri.EscapeDataString(sessionId)));
        browser.WaitForText(OpenQA.Selenium.By.Id("connection"), "Live");
        return browser;
    }

    /// <summary>The customer's first message, as the SDK sends it: it opens the session and its ticket.</summary>
    public Task StartSessionAsync(string sessionId, string message = "Hi, my order 1042 arrived with a crushed box.")
        => Backend.Client.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = sessionId,
            Message = message,
            MessageNumber = 1,
            CustomerName = "Zoe Nunez",
            EmailAddress = "zoe@example.com",
        });

    public async ValueTask DisposeAsync()
    {
        foreach (var browser in _browsers)
        {
            browser.Dispose();
        }

        await Backend.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
