namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>A fresh value for every key and token of one test, so that any of them found in its output is a leak.</summary>
internal sealed class Secrets
{
    public string ApiKey { get; } = "apikey" + Guid.NewGuid().ToString("N");

    public string ChatsApiKey { get; } = "chatskey" + Guid.NewGuid().ToString("N");

    public string ChatAccountToken { get; } = "account" + Guid.NewGuid().ToString("N");

    public string ChatServerToken { get; } = "server" + Guid.NewGuid().ToString("N");

    public string HookpointToken { get; } = "hook" + Guid.NewGuid().ToString("N");

    /// <summary>A hookpoint base whose path holds a secret token, as users protect their hookpoints.</summary>
    public string HookpointAddress => $"https://bot.example.com/omnidesk/{HookpointToken}";

    public IEnumerable<(string Name, string Value)> All =>
    [
        ("API key", ApiKey), ("chats API key", ChatsApiKey), ("chat account token", ChatAccountToken),
        ("chat server token", ChatServerToken), ("hookpoint token", HookpointToken),
    ];
}
