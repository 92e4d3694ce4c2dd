using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Sample.Flow;
using Omnidesk.Chat.Sample.Hookpoints;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>
/// Runs the sample: the emulator when no account is configured, the hookpoint receiver, a host with
/// <c>AddOmnideskChat()</c>, then <see cref="EscalationFlow"/>.
/// </summary>
internal static class SampleRunner
{
    /// <summary>Runs the flow and turns any failure into one line on <paramref name="error"/> and exit code 1.</summary>
    public static async Task<int> MainAsync(string[] args, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(args, output, cancellationToken, verbose);
            return 0;
        }
        catch (Exception exception) when (!verbose)
        {
            error.WriteLine($"Sample failed: {Reason(exception).ReplaceLineEndings(" ")} (run with --verbose for details)");
            return 1;
        }
        catch (Exception exception)
        {
            error.WriteLine($"Sample failed: {exception}");
            return 1;
        }
    }

    /// <summary>Runs the whole escalation and returns its transcript, step by step.</summary>
    public static async Task<IReadOnlyList<TranscriptStep>> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken, bool verbose = false)
    {
        var started = Stopwatch.GetTimestamp();
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (!verbose)
        {
            // MainAsync reports a failure once, on one line. The host's report of a failed start and the client's
            // warnings about retries and failed calls carry stack traces: --verbose shows them.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            builder.Logging.AddFilter(OmnideskDiagnostics.MeterName, LogLevel.Error);
        }

        var settings = SampleSettings.From(builder.Configuration);
        var transcript = new ChatTranscript(output, TimeProvider.System);
        var inbox = new AgentInbox(transcript);

        await using var emulator = settings.UseEmulator ? await OmnideskEmulator.StartAsync(cancellationToken: cancellationToken) : null;
        var overrides = emulator is null ? [] : EmulatorConfiguration(emulator);
        var token = builder.Configuration["Omnidesk:Hookpoints:Token"];
        if (string.IsNullOrEmpty(token))
        {
            token = OmnideskHookpointAddress.GenerateToken();
            overrides["Omnidesk:Hookpoints:Token"] = token;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        await using var receiver = await HookpointReceiver.StartAsync(builder.Configuration, settings.ListenUrl, inbox, cancellationToken);
        builder.Configuration["Omnidesk:ChatServer"] ??= ChatServer(settings, receiver, token);

        builder.Services.AddOmnideskChat();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var options = host.Services.GetRequiredService<IOptions<OmnideskChatOptions>>().Value;
        transcript.Note(emulator is null
            ? $"Escalation against {options.BaseAddress}; hookpoints listen on {receiver.ListeningAddress.GetLeftPart(UriPartial.Authority)}{HookpointReceiver.Prefix}/<token>/."
            : $"No Omnidesk:BaseAddress configured: escalation on the embedded emulator at {emulator.BaseAddress}; hookpoints on {receiver.ListeningAddress.GetLeftPart(UriPartial.Authority)}{HookpointReceiver.Prefix}/<token>/.");

        IAgentSide agent = emulator is null
            ? new LiveAgent(transcript, settings.WaitForAgent, settings.AgentTimeout)
            : new EmulatedAgent(emulator.Agent, settings.AgentTimeout);
        var flow = new EscalationFlow(host.Services.GetRequiredService<IOmnideskChatApi>(), inbox, agent, transcript);
        await flow.RunAsync(builder.Configuration["Sample:SessionId"] ?? $"sample-{Guid.NewGuid():N}"[..19], cancellationToken);
        await host.StopAsync(cancellationToken);

        var steps = transcript.Steps;
        transcript.Note($"Done: {steps.Count} steps in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
        return steps;
    }

    private static Dictionary<string, string?> EmulatorConfiguration(OmnideskEmulator emulator) => new()
    {
        ["Omnidesk:BaseAddress"] = emulator.BaseAddress.ToString(),
        ["Omnidesk:ChatServiceAddress"] = emulator.ChatServiceAddress.ToString(),
        ["Omnidesk:ApiKey"] = emulator.Options.ApiKey,
        ["Omnidesk:ChatsApiKey"] = emulator.Options.ChatsApiKey,
        ["Omnidesk:ChatAccountToken"] = emulator.Options.ChatAccountToken,
        ["Omnidesk:ChatServerToken"] = emulator.Options.ChatServerToken,
    };

    /// <summary>The <c>chatServer</c> Omnidesk posts the agent's side to: the public address, or the loopback one on the emulator.</summary>
    private static string ChatServer(SampleSettings settings, HookpointReceiver receiver, string token)
    {
        if (settings.UseEmulator)
        {
            return OmnideskHookpointAddress.Build(receiver.ListeningAddress, HookpointReceiver.Prefix, token);
        }

        return settings.PublicBaseUrl is { } publicBaseUrl
            ? OmnideskHookpointAddress.Build(publicBaseUrl, HookpointReceiver.Prefix, token)
            : throw new SampleFailedException(
                $"Set {SampleSettings.PublicBaseUrlKey} (env Omnidesk__Hookpoints__PublicBaseUrl) to the public https address that forwards to {settings.ListenUrl}, so Omnidesk can post the agent's replies.");
    }

    private static string Reason(Exception exception) => exception switch
    {
        OptionsValidationException options => $"the configuration is invalid: {options.Message}",
        OmnideskException omnidesk => omnidesk.Message,
        HttpRequestException http => $"could not reach Omnidesk or the hookpoints: {http.Message}",
        OperationCanceledException => "cancelled.",
        _ => exception.Message,
    };
}
