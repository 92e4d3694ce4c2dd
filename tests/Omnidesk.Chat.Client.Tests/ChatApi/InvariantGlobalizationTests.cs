using System.Diagnostics;
using System.Text;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>
/// NativeAOT and slim container images run with invariant globalization (no ICU): the customer name folds the same
/// there. The fold runs in a child process of this test assembly started with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, since the mode is fixed when a process starts.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [TestCase("Zoë Núñez-O'Brien", "Zoe Nunez OBrien")]
    [TestCase("Søren Åkesson-Gauß", "Soren Akesson Gauss")]
    [TestCase("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai")]
    [TestCase("Ｚｏｅ", "Zoe")]
    public async Task FromDisplayName_InvariantGlobalization_FoldsAsWithIcu(string displayName, string expected)
    {
        var (decomposedLength, name) = await FoldInChildProcessAsync(displayName, invariantGlobalization: true);

        Assert.That(decomposedLength, Is.EqualTo("1"), "the child really runs without ICU: string.Normalize leaves 'ë' whole there");
        Assert.That(name, Is.EqualTo(expected));
        Assert.That(OmnideskCustomerName.FromDisplayName(displayName), Is.EqualTo(expected), "and the same in this process");
    }

    private static async Task<(string DecomposedLength, string Name)> FoldInChildProcessAsync(string displayName, bool invariantGlobalization)
    {
        var assembly = typeof(InvariantGlobalizationTests).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            ArgumentList = { "exec", assembly, "fold-customer-name", displayName },
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariantGlobalization ? "1" : "0";
        using var child = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = child.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = child.StandardError.ReadToEndAsync(timeout.Token);
        await child.WaitForExitAsync(timeout.Token);

        Assert.That(child.ExitCode, Is.Zero, await error);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines[0], lines[1]);
    }
}
