using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using Omnidesk.Chat.Client.BrowserTests.Support;
using Omnidesk.Chat.WebSample.Hosting;

namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>The web sample as <c>dotnet run</c> starts it (embedded emulator, desk on), with a customer browser and a desk browser.</summary>
internal sealed class WebSampleFixture : IAsyncDisposable
{
    private readonly List<Browser> _browsers = [];

    private WebSampleFixture(WebSampleHost sample, string printed)
    {
        Sample = sample;
        Printed = printed;
    }

    public WebSampleHost Sample { get; }

    /// <summary>What the sample printed at start.</summary>
    public string Printed { get; }

    /// <summary>Starts the sample, with <paramref name="pipeline"/> in front of its routes when a test needs it.</summary>
    public static async Task<WebSampleFixture> StartAsync(Action<IApplicationBuilder>? pipeline = null)
    {
        BrowserRequirement.EnsureInstalled();
        using var output = new StringWriter();
        var sample = await WebSampleHost.StartAsync([], output, pipeline: pipeline);
        return new WebSampleFixture(sample, output.ToString());
    }

    /// <summary>Opens the customer's chat page and waits for the bot's greeting.</summary>
    public Browser OpenCustomer()
    {
        var customer = Open("customer");
        customer.Open(Sample.CustomerPage);
        customer.WaitForText(By.CssSelector("#lines .line.bot"), "I'm the shop's bot");
        return customer;
    }

    /// <summary>Opens the agent desk (a second window) and the session of <paramref name="customerName"/>.</summary>
    public Browser OpenDesk(string customerName)
    {
        var desk = Open("desk");
        desk.Open(Sample.Desk!);
        desk.WaitForText(By.CssSelector("#session-list .session"), customerName).Click();
        return desk;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var browser in _browsers)
        {
            browser.Dispose();
        }

        await Sample.DisposeAsync();
    }

    private Browser Open(string name)
    {
        var browser = Browser.Start(name);
        _browsers.Add(browser);
        return browser;
    }
}
