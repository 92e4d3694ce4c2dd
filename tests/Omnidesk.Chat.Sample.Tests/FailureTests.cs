using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Sample.Hosting;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>A failing run exits 1 with the reason on one line, and no secret.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FailureTests
{
    [Test]
    public async Task MainAsync_NoAgentsAvailable_ExitsOneWithTheReasonOnOneLine()
    {
        await using var account = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { AgentsAvailable = false });
        var args = EmulatorAccount.Args(account);
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
        var args = EmulatorAccount.Args(account);
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
}
