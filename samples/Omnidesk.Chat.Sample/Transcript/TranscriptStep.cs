namespace Omnidesk.Chat.Sample.Transcript;

/// <summary>One line of the transcript: when, who and what.</summary>
/// <param name="Time">When it happened.</param>
/// <param name="Who">Who did it: <c>bot</c>, <c>customer</c>, <c>agent</c> or <c>sample</c>.</param>
/// <param name="Kind">Which step of the flow it is.</param>
/// <param name="What">What happened, in words.</param>
internal sealed record TranscriptStep(DateTimeOffset Time, string Who, StepKind Kind, string What)
{
    public override string ToString() => $"{Time:HH:mm:ss.fff}  {Who,-8}  {What}";
}
