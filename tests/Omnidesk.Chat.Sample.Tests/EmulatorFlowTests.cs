using Omnidesk.Chat.Sample.Hosting;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>The sample as a new user runs it: no configuration, the whole escalation on the embedded emulator.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class EmulatorFlowTests
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
        Assert.That(printed, Does.Contain("bot       Pushed the bot conversation (4 lines) as a chatbot log."));
        Assert.That(printed, Does.Contain("[ticket #1001 created]"));
        Assert.That(printed, Does.Contain("agent     Anna: Hi Zoe, sorry about the damaged box!"));
        Assert.That(printed, Does.Contain("agent     sent the file return-label-1042.pdf (45 bytes, application/pdf)"));
        Assert.That(printed, Does.Contain("Done: 12 steps"));
    }
}
