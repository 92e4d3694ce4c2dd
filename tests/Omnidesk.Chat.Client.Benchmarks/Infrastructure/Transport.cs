namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>Where a pair's requests go.</summary>
public enum Transport
{
    /// <summary>A stand-in handler that drains the body and answers fixed JSON: the client's cost alone.</summary>
    InMemory,

    /// <summary>A Kestrel server on 127.0.0.1 answering the same JSON: end to end through sockets.</summary>
    Loopback,
}
