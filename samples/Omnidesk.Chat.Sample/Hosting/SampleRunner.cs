using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Sample.Flow;
using Omnidesk.Chat.Sample.Hookpoints;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>
/// Runs the sample: the emulator when no account is configured, the web app with the hookpoints and
/// <c>AddOmnideskChat().AddOmnideskConversations()</c>, then <see cref="EscalationFlow"/>.
/// </summary>
internal static partial class SampleRunner
{
    /// <summary>Runs the whole escalation and returns its transcript, step by step.</summary>
    public static async Task<IReadOnlyList<TranscriptStep>> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken, bool verbose = false)
    {
        var started = Stopwatch.GetTimestamp();
        // --otel (the sample's own switch) adds OpenTelemetry's console exporter for the SDK's source and meter.
        var openTelemetry = args.Contains(SampleTelemetry.Switch);
        // The host builder's configuration sources (appsettings.json, user secrets, environment, command line).
        var configuration = Host.CreateApplicationBuilder([.. args.Where(arg => arg != SampleTelemetry.Switch)]).Configuration;
        var settings = SampleSettings.From(configuration);
        var transcript = new ChatTranscript(output, TimeProvider.System);

        await using var emulator = settings.UseEmulator ? await OmnideskEmulator.StartAsync(cancellationToken: cancellationToken) : null;
        var overrides = emulator is null ? [] : AccountConfiguration.Of(emulator);
        var token = configuration["Omnidesk:Hookpoints:Token"];
        if (string.IsNullOrEmpty(token))
        {
            token = OmnideskHookpointAddress.GenerateToken();
            overrides["Omnidesk:Hookpoints:Token"] = token;
        }

        configuration.AddInMemoryCollection(overrides);
        await using var receiver = await HookpointReceiver.StartAsync(
            configuration, settings.ListenUrl, verbose, openTelemetry ? SampleTelemetry.AddConsoleOpenTelemetry : null, cancellationToken);
        configuration["Omnidesk:ChatServer"] ??= AccountConfiguration.ChatServer(settings, receiver, token);

        var options = receiver.Services.GetRequiredService<IOptions<OmnideskChatOptions>>().Value;
        transcript.Note(emulator is null
            ? $"Escalation against {options.BaseAddress}; hookpoints listen on {receiver.ListeningAddress.GetLeftPart(UriPartial.Authority)}{HookpointReceiver.Prefix}/<token>/."
            : $"No Omnidesk:BaseAddress configured: escalation on the embedded emulator at {emulator.BaseAddress}; hookpoints on {receiver.ListeningAddress.GetLeftPart(UriPartial.Authority)}{HookpointReceiver.Prefix}/<token>/.");

        IAgentSide agent = emulator is null
            ? new LiveAgent(transcript, settings.WaitForAgent, settings.AgentTimeout)
            : new EmulatedAgent(emulator.Agent, settings.AgentTimeout);
        var flow = new EscalationFlow(receiver.Services.GetRequiredService<IOmnideskConversations>(), agent, transcript);
        await flow.RunAsync(configuration["Sample:SessionId"] ?? $"sample-{Guid.NewGuid():N}"[..19], cancellationToken);

        var steps = transcript.Steps;
        transcript.Note($"Done: {steps.Count} steps in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
        return steps;
    }
}
