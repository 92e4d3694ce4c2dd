using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The answer to <c>checkOriginAndIP</c>: whether Omnidesk allows a chat from this origin and IP address, and when
/// not, the server's reason. A refusal is a result, not an exception: Omnidesk answers it with a success status
/// whose body says error (<c>{"status":"error","message":"Origin not allowed."}</c>), read here as
/// <see cref="IsAllowed"/> <see langword="false"/> with that message as <see cref="Reason"/>. A failed call (a bad
/// token, an unreachable server) still throws. The rest of the answer's shape is not documented and is kept in
/// <see cref="ChatApiResult.AdditionalProperties"/>; an empty answer reads as allowed.
/// </summary>
public sealed record OriginCheckResult : ChatApiResult
{
    /// <summary>Whether a chat from this origin and IP address is allowed (the answer's <c>allowed</c> when it has one).</summary>
    /// <value>Defaults to <see langword="true"/>: a success answer without <c>allowed</c> allows.</value>
    [JsonPropertyName("allowed")]
    public bool IsAllowed { get; init; } = true;

    /// <summary>
    /// When not allowed, why, in the server's words (its <c>message</c>, such as <c>Origin not allowed.</c>);
    /// <see langword="null"/> when allowed.
    /// </summary>
    [JsonIgnore]
    public string? Reason
    {
        get => field ?? (IsAllowed ? null : Message);
        init;
    }

    /// <summary>The answer whose body said error: the origin or IP address is refused for <paramref name="reason"/>.</summary>
    internal static OriginCheckResult Refused(string? reason) =>
        new() { Type = "error", Message = reason, IsAllowed = false, Reason = reason };
}
