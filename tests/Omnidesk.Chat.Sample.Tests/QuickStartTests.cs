using System.Text.RegularExpressions;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Sample.Tests.Support;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>The README's quick start is the compiled QuickStart.cs, and it works.</summary>
public sealed partial class QuickStartTests
{
    [Test]
    public void Readme_QuickStart_IsQuickStartCsVerbatim()
    {
        var code = QuickStartRegion().Match(Docs.Read("QuickStart.cs.txt"));
        Assert.That(code.Success, Is.True, "QuickStart.cs lost its // <quick-start> markers.");

        var block = "```csharp\n" + code.Groups["code"].Value + "```\n";

        Assert.That(Docs.Read("README.md").Contains(block, StringComparison.Ordinal), Is.True,
            "README.md must quote the code between the markers of samples/Omnidesk.Chat.Sample/QuickStart.cs verbatim, in a ```csharp block.");
    }

    [Test]
    [NonParallelizable]
    public async Task QuickStart_AgainstTheEmulator_OpensATicketAndPrintsTheAgentsReply()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var address = FreePort.LoopbackAddress();
        var token = OmnideskHookpointAddress.GenerateToken();
        var args = EmulatorAccount.Args(emulator);
        args.AddRange([
            $"--urls={address}",
            $"--Omnidesk:ChatServer={OmnideskHookpointAddress.Build(address, "/omnidesk", token)}",
            $"--Omnidesk:Hookpoints:Token={token}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        var console = Console.Out;
        using var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            await using var app = await QuickStart.StartAsync([.. args]);
            var delivery = await emulator.Agent.SendMessageAsync("order-1042", "Hello, I'm Anna. Let me look at order 1042.", "Anna");

            Assert.That(delivery, Is.EqualTo(new HookpointDelivery(200, "ok")));

            // The reader prints on its own task once it woke with the reply.
            await Poll.UntilAsync(() => printed.ToString().Contains("Anna: Hello", StringComparison.Ordinal), TimeSpan.FromSeconds(30),
                () => "the quick start printed: " + printed);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.That(emulator.State.FindSession("order-1042")!.Messages.Single().Message, Is.EqualTo("Hi, I'd like to talk to a person about order 1042."));
        Assert.That(printed.ToString(), Does.Contain("Anna: Hello, I'm Anna. Let me look at order 1042."));
    }

    [GeneratedRegex(@"^// <quick-start>\n(?<code>.*?)^// </quick-start>", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex QuickStartRegion();
}
