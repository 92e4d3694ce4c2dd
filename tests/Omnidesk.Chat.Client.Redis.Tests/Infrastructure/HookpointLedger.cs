using System.Collections.Concurrent;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>What Omnidesk sent and what each hookpoint answered, in the order answered per session.</summary>
internal sealed class HookpointLedger
{
    private readonly ConcurrentQueue<(string Session, string Text, int Status)> _answers = new();

    public IReadOnlyDictionary<string, int> Answers => _answers.ToDictionary(a => a.Text, a => a.Status);

    public void Record(string session, string text, int status) => _answers.Enqueue((session, text, status));

    public List<string> RefusedFor(string session) => _answers.Where(a => a.Session == session && a.Status != 200).Select(a => a.Text).ToList();

    public List<string> OkFor(string session) => _answers.Where(a => a.Session == session && a.Status == 200).Select(a => a.Text).ToList();
}
