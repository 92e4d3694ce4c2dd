namespace Omnidesk.Chat.Client.AspNetCore.Tests.Fuzzing;

/// <summary>One generated hookpoint request: what is sent, and what kind of breakage it carries.</summary>
internal sealed record FuzzRequest(
    int Id, HttpMethod Method, string Hookpoint, string? ContentType, byte[] Body, bool HandlerThrows, string Kind)
{
    /// <summary>Whether the request is a well-formed hookpoint that must reach the handler.</summary>
    public bool Sound { get; init; }
}
