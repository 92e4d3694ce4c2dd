using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Omnidesk.Chat.Client.BrowserTests.Support;

/// <summary>
/// One headless Chromium window with its own fresh profile, driven through Debian's chromedriver given by path,
/// so Selenium Manager never looks for (or downloads) a driver or a browser.
/// </summary>
internal sealed class Browser : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const int MinimumWindowWidth = 500;

    private readonly string _profile;

    private Browser(ChromeDriver driver, string profile, string name)
    {
        Driver = driver;
        _profile = profile;
        Name = name;
    }

    public ChromeDriver Driver { get; }

    public string Name { get; }

    /// <summary>Starts a browser; skips (or, in CI, fails) the test when Chromium is not installed.</summary>
    public static Browser Start(string name, int width = 1100, int height = 800)
    {
        BrowserRequirement.EnsureInstalled();
        var profile = Directory.CreateTempSubdirectory("omnidesk-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = BrowserRequirement.BrowserPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--lang=en-US", $"--window-size={width},{height}", $"--user-data-dir={profile}");
        var service = ChromeDriverService.CreateDefaultService(BrowserRequirement.DriverDirectory, BrowserRequirement.DriverFileName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
            driver.Manage().Timeouts().PageLoad = Patience;
            if (width < MinimumWindowWidth)
            {
                // Chromium's windows are at least 500 px wide; narrower viewports are emulated, as its device mode does.
                driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
                {
                    ["width"] = width,
                    ["height"] = height,
                    ["deviceScaleFactor"] = 1,
                    ["mobile"] = false,
                });
            }

            return new Browser(driver, profile, name);
        }
        catch
        {
            service.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    public void Open(Uri address) => Driver.Navigate().GoToUrl(address);

    public IWebElement Find(By by) => Driver.FindElement(by);

    /// <summary>Waits (generously: the machine is shared) until <paramref name="condition"/> holds, then returns its value.</summary>
    public T WaitFor<T>(Func<IWebDriver, T?> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Patience) { Message = $"{Name}: {what}" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition)!;
    }

    public IWebElement WaitForText(By by, string text)
        => WaitFor(d => d.FindElements(by).FirstOrDefault(e => e.Displayed && e.Text.Contains(text, StringComparison.Ordinal)), $"'{text}' in {by}");

    /// <summary>Saves a screenshot into the test's results folder and attaches it to the test result.</summary>
    public string Screenshot(string label)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var test = string.Concat(TestContext.CurrentContext.Test.Name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '-'));
        var path = Path.Combine(folder, $"{test}.{label}.png");
        Driver.GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path, $"{Name}: {label}");
        return path;
    }

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        TryDelete(_profile);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
