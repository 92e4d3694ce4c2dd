namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>How a secret shows in <c>ToString()</c>: only whether it is set.</summary>
internal static class SecretText
{
    public static string Shown(string? secret) => secret is null ? "(not set)" : "(set)";
}
