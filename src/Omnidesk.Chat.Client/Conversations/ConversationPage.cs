namespace Omnidesk.Chat.Client.Conversations;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">What the list holds.</typeparam>
/// <param name="Items">This page's items.</param>
/// <param name="NextPageToken">Pass it back to get the next page; <see langword="null"/> on the last page.</param>
public sealed record ConversationPage<T>(IReadOnlyList<T> Items, string? NextPageToken);
