using System.Globalization;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// <c>--rate</c> hookpoints per second for <c>--seconds</c> measured seconds after <c>--warmup-seconds</c> at the
/// same rate (counted for correctness, not for latency), over <c>--sessions</c> conversations per store.
/// </summary>
internal sealed record ConversationLoadSettings(int Rate, int Seconds, int WarmupSeconds, int Sessions)
{
    public static ConversationLoadSettings Parse(string[] args) => new(
        Value(args, "--rate", 5000),
        Value(args, "--seconds", 20),
        Value(args, "--warmup-seconds", 2),
        Value(args, "--sessions", 200));

    private static int Value(string[] args, string name, int otherwise)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return otherwise;
        }

        return index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} takes a positive whole number.");
    }
}
