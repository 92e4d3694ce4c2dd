using System.Text.RegularExpressions;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>The documented field patterns (Omnidesk's Chat API reference, <c>docs/wire-format.md</c>), compiled once.</summary>
internal static partial class EmulatorPatterns
{
    [GeneratedRegex(@"^[a-zA-Z0-9.:/-]+$")]
    public static partial Regex ChatServer();

    [GeneratedRegex(@"^[a-zA-Z0-9]+$")]
    public static partial Regex Token();

    [GeneratedRegex(@"^\+?[a-zA-Z0-9-]+$")]
    public static partial Regex MessageSessionId();

    [GeneratedRegex(@"^[a-zA-Z0-9-]+$")]
    public static partial Regex SessionId();

    [GeneratedRegex(@"^[a-zA-Z 0-9]+$")]
    public static partial Regex CustomerName();

    [GeneratedRegex(@"^\+[0-9]+$")]
    public static partial Regex PhoneNumber();

    [GeneratedRegex(@"^\+?[0-9]+$")]
    public static partial Regex LoosePhone();

    [GeneratedRegex(@"^[a-zA-Z0-9.-]+$")]
    public static partial Regex Origin();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public static partial Regex Email();
}
