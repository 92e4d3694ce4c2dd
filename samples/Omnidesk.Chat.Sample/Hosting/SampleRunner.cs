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
internal static partial class SampleRunner
{
    /// <summary>Runs the whole escalation and returns its transcript, step by step.</summary>
    public static async Task<IReadOnlyList<TranscriptStep>> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken, bool verbose = false)
    {
        var started = Stopwatch.GetTimestamp();
        var openTelemetry = args.Contains(SampleTelemetry.Switch);
        var builder = Host.CreateApplicationBuilder([.. args.Where(arg => arg != SampleTelemetry.Switch)]);
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
        var overrides = emulator is null ? [] : AccountConfiguration.Of(emulator);
        var token = builder.Configuration["Omnidesk:Hookpoints:Token"];
        if (string.IsNullOrEmpty(token))
        {
            token = OmnideskHookpointAddress.GenerateToken();
            overrides["Omnidesk:Hookpoints:Token"] = token;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        await using var receiver = await HookpointReceiver.StartAsync(builder.Configuration, settings.ListenUrl, inbox, cancellationToken);
        builder.Configuration["Omnidesk:ChatServer"] ??= AccountConfiguration.ChatServer(settings, receiver, token);

        builder.Services.AddOmnideskChat();
        if (openTelemetry)
        {
            SampleTelemetry.AddConsoleOpenTelemetry(builder.Services);
        }

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
}
