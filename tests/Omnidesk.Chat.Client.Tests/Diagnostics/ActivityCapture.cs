using System.Collections.Concurrent;
using System.Diagnostics;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>
/// Listens to the client's spans and to HttpClient's own, and keeps those of one test: the spans under the
/// test's root activity.
/// </summary>
internal sealed class ActivityCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("Omnidesk.Chat.Client.Tests");

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly Activity _root;

    public ActivityCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is OmnideskDiagnostics.ActivitySourceName or "System.Net.Http" or "Omnidesk.Chat.Client.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test")!;
    }

    /// <summary>The stopped spans of this test.</summary>
    public IReadOnlyList<Activity> Activities => [.. _stopped.Where(a => a.TraceId == _root.TraceId && a != _root)];

    /// <summary>Every string a trace exporter could write for this test's spans.</summary>
    public IEnumerable<string> AllText() => Activities.SelectMany(a =>
        new[] { a.DisplayName, a.OperationName, a.StatusDescription ?? string.Empty }
            .Concat(a.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(a.Baggage.Select(b => $"{b.Key}={b.Value}"))
            .Concat(a.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name))));

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}
