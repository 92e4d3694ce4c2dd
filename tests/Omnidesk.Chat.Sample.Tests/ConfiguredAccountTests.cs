using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Sample.Hosting;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>The sample against a configured account (an emulator standing in for a real one, the test acting as the agent).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConfiguredAccountTests
{
    [Test]
    public async Task RunAsync_WithAnAccountConfigured_SendsToItAndWaitsForTheAgentsReply()
    {
        await using var account = await OmnideskEmulator.StartAsync();
        var address = FreePort.LoopbackAddress();
        var args = EmulatorAccount.Args(account);
        args.AddRange([$"--Omnidesk:Hookpoints:PublicBaseUrl={address}", $"--Sample:ListenUrl={address}", "--Sample:SessionId=live-agent-1", "--Sample:AgentTimeoutSeconds=20"]);
        using var output = new StringWriter();

        var run = SampleRunner.RunAsync([.. args], output, CancellationToken.None);
        await Poll.UntilAsync(() => account.State.FindSession("live-agent-1")?.Attachments.Count > 0 || run.IsCompleted, TimeSpan.FromSeconds(20),
            () => "the sample did not upload the customer's file");
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
        var args = EmulatorAccount.Args(account);
        args.AddRange(["--Omnidesk:Hookpoints:PublicBaseUrl=https://chat.example.com", "--Sample:ListenUrl=http://127.0.0.1:0", "--Sample:WaitForAgent=false"]);

        var steps = await SampleRunner.RunAsync([.. args], TextWriter.Null, CancellationToken.None);

        Assert.That(steps.Select(step => step.Kind).TakeLast(2), Is.EqualTo(new[] { StepKind.AgentSkipped, StepKind.SessionEnded }));
        Assert.That(account.State.Sessions.Single().ChatServer, Does.StartWith("https://chat.example.com/omnidesk/"));
    }
}
