using System.Collections.Concurrent;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Fuzzing;

/// <summary>What the handler did for each fuzz request, keyed by the request's <c>X-Fuzz-Id</c> header.</summary>
internal sealed class FuzzLedger
{
    public const string IdHeader = "X-Fuzz-Id";

    public ConcurrentDictionary<int, FuzzHandling> Handled { get; } = new();

    public ConcurrentBag<string> HeldFiles { get; } = [];
}

/// <summary>One handler call: whether it threw on purpose, and whether a streamed file broke under it.</summary>
internal sealed record FuzzHandling(bool Threw, bool SawBodyFailure);
