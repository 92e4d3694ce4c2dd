namespace Omnidesk.Chat.Client;

/// <summary>
/// The answer to <c>whitelistedDomainsAndBlacklistedIPs</c>: the account's allowed domains and refused IP
/// addresses. Its shape is not documented: the envelope is typed and the lists are in
/// <see cref="ChatApiResult.AdditionalProperties"/>; an empty answer reads as an empty result.
/// </summary>
public sealed record AccessLists : ChatApiResult;
