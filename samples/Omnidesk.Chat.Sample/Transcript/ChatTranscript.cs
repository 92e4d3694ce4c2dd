namespace Omnidesk.Chat.Sample.Transcript;

/// <summary>
/// The readable record of the flow: each step is printed as it happens and kept, in order. The hookpoint
/// handler writes from request threads while the flow writes from its own, so adding is locked.
/// </summary>
internal sealed class ChatTranscript(TextWriter output, TimeProvider clock)
{
    private readonly List<TranscriptStep> _steps = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<TranscriptStep> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    public void Add(string who, StepKind kind, string what)
    {
        var step = new TranscriptStep(clock.GetLocalNow(), who, kind, what);
        lock (_gate)
        {
            _steps.Add(step);
            output.WriteLine(step);
        }
    }

    /// <summary>Prints a line that is not a step of the flow (a heading or a hint).</summary>
    public void Note(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
        }
    }
}
