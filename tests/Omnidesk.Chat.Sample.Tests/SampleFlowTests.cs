using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Sample.Hosting;
using Omnidesk.Chat.Sample.Tests.Support;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>The sample as a user runs it: on the embedded emulator, and against a configured account.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SampleFlowTests
{
    [Test]
    public async Task RunAsync_WithoutConfiguration_RunsTheWholeEscalationOnTheEmulator()
    {
        using var output = new StringWriter();

        var steps = await SampleRunner.RunAsync([], output, CancellationToken.None);

        Assert.That(steps.Select(step => (step.Who, step.Kind)), Is.EqualTo(new[]
        {
            ("sample", StepKind.AgentsChecked),
            ("bot", StepKind.ChatbotLogPushed),
            ("customer", StepKind.Escalated),
            ("customer", StepKind.PageVisited),
            ("customer", StepKind.CustomerStartedTyping),
            ("customer", StepKind.CustomerStoppedTyping),
            ("customer", StepKind.CustomerFileUploaded),
            ("agent", StepKind.AgentTyping),
            ("agent", StepKind.AgentTyping),
            ("agent", StepKind.AgentReplied),
            ("agent", StepKind.AgentFileReceived),
            ("customer", StepKind.SessionEnded),
        }));
        Assert.That(steps.Select(step => step.Time), Is.Ordered);
        var printed = output.ToString();
        Assert.That(printed, Does.Contain("bot       Pushed the bot conversation (4 lines) as a chatbot log: Chatbot ticket created."));
        Assert.That(printed, Does.Contain("[ticket #1001 created]"));
        Assert.That(printed, Does.Contain("agent     Anna: Hi Zoe, sorry about the damaged box!"));
        Assert.That(printed, Does.Contain("agent     sent the file return-label-1042.pdf (45 bytes, application/pdf)"));
        Assert.That(printed, Does.Contain("Done: 12 steps"));
    }

    [Test]
    public async Task RunAsync_WithAnAccountConfigured_SendsToItAndWaitsForTheAgentsReply()
    {
        await using var account = await OmnideskEmulator.StartAsync();
        var address = FreePort.LoopbackAddress();
        var args = AccountArgs.For(account);
        args.AddRange([$"--Omnidesk:Hookpoints:PublicBaseUrl={address}", $"--Sample:ListenUrl={address}", "--Sample:SessionId=live-agent-1", "--Sample:AgentTimeoutSeconds=20"]);
        using var output = new StringWriter();

        var run = SampleRunner.RunAsync([.. args], output, CancellationToken.None);
        await WaitUntilAsync(() => account.State.FindSession("live-agent-1")?.Attachments.Count > 0 || run.IsCompleted);
        var delivery = await account.Agent.SendMessageAsync("live-agent-1", "Hello Zoe, Bram here.", "Bram");
        var steps = await run;

        Assert.That(delivery, Is.EqualTo(new HookpointDelivery(200, "ok")));
        Assert.That(steps.Select(step => step.Kind).TakeLast(3), Is.EqualTo(new[] { StepKind.CustomerFileUploaded, StepKind.AgentReplied, StepKind.SessionEnded }));
        Assert.That(steps.Single(step => step.Kind == StepKind.AgentReplied).What, Is.EqualTo("Bram: Hello Zoe, Bram here."));
        Assert.That(output.ToString(), Does.Contain("Reply to ticket #1001 in Omnidesk now: waiting up to 0.3 min"));
        Assert.That(account.State.FindSession("live-agent-1")!.ChatServer, Does.StartWith($"{address.GetLeftPart(UriPartial.Authority)}/omnidesk/"));
    }

    [Test]
    public async Task RunAsync_ConfiguredNotToWaitForTheAgent_SkipsTheAgentAndEndsTheSession()
    {
        await using var account = await OmnideskEmulator.StartAsync();
        var args = AccountArgs.For(account);
        args.AddRange(["--Omnidesk:Hookpoints:PublicBaseUrl=https://chat.example.com", "--Sample:ListenUrl=http://127.0.0.1:0", "--Sample:WaitForAgent=false"]);

        var steps = await SampleRunner.RunAsync([.. args], TextWriter.Null, CancellationToken.None);

        Assert.That(steps.Select(step => step.Kind).TakeLast(2), Is.EqualTo(new[] { StepKind.AgentSkipped, StepKind.SessionEnded }));
        Assert.That(account.State.Sessions.Single().ChatServer, Does.StartWith("https://chat.example.com/omnidesk/"));
    }

    [Test]
    public async Task MainAsync_NoAgentsAvailable_ExitsOneWithTheReasonOnOneLine()
    {
        await using var account = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { AgentsAvailable = false });
        var args = AccountArgs.For(account);
        args.AddRange(["--Omnidesk:Hookpoints:PublicBaseUrl=https://chat.example.com", "--Sample:ListenUrl=http://127.0.0.1:0"]);
        using var error = new StringWriter();

        var exitCode = await SampleRunner.MainAsync([.. args], TextWriter.Null, error, verbose: false, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.ToString(), Is.EqualTo(
            "Sample failed: No agent is available now (the chat service says hide_reason_no_agents_available); try again when an agent is online. (run with --verbose for details)"
            + Environment.NewLine));
        Assert.That(account.State.Sessions, Is.Empty);
    }

    [Test]
    public async Task MainAsync_AccountWithoutPublicHookpointAddress_ExitsOneNamingTheKey()
    {
        await using var account = await OmnideskEmulator.StartAsync();
        var args = AccountArgs.For(account);
        args.Add("--Sample:ListenUrl=http://127.0.0.1:0");
        using var error = new StringWriter();

        var exitCode = await SampleRunner.MainAsync([.. args], TextWriter.Null, error, verbose: false, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.ToString(), Does.StartWith("Sample failed: Set Omnidesk:Hookpoints:PublicBaseUrl (env Omnidesk__Hookpoints__PublicBaseUrl)"));
        Assert.That(error.ToString().TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(account.Requests, Is.Empty);
    }

    [Test]
    public async Task MainAsync_InvalidAccountToken_ExitsOneWithTheValidationMessageAndNoSecret()
    {
        var args = new[] { "--Omnidesk:BaseAddress=https://acme.omnidesk.com/", "--Omnidesk:ChatAccountToken=short!", "--Omnidesk:Hookpoints:PublicBaseUrl=https://chat.example.com", "--Sample:ListenUrl=http://127.0.0.1:0" };
        using var error = new StringWriter();

        var exitCode = await SampleRunner.MainAsync(args, TextWriter.Null, error, verbose: false, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.ToString(), Does.StartWith("Sample failed: the configuration is invalid: Omnidesk:ChatAccountToken must match"));
        Assert.That(error.ToString(), Does.Not.Contain("short!"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
