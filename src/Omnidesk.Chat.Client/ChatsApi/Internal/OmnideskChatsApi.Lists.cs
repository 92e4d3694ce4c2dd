using System.Runtime.CompilerServices;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Validation;
using static Omnidesk.Chat.Client.ChatsApi.Internal.ChatListQueries;

namespace Omnidesk.Chat.Client.ChatsApi.Internal;

/// <summary>The list calls: one page, or every page fetched lazily.</summary>
internal sealed partial class OmnideskChatsApi
{
    public Task<IReadOnlyList<Chat>> ListAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return ListPageAsync(query, query?.PageNumber, query?.PageSize, cancellationToken);
    }

    public Task<IReadOnlyList<ChatDetails>> ListDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return ListDetailsPageAsync(query, query?.PageNumber, query?.PageSize, cancellationToken);
    }

    public IAsyncEnumerable<Chat> ListAllAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return EnumeratePagesAsync(query?.PageNumber ?? 1, query?.PageSize ?? FieldRules.MaxPageSize, (page, size, cancel) => ListPageAsync(query, page, size, cancel), cancellationToken);
    }

    public IAsyncEnumerable<ChatDetails> ListAllDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return EnumeratePagesAsync(query?.PageNumber ?? 1, query?.PageSize ?? FieldRules.MaxPageSize, (page, size, cancel) => ListDetailsPageAsync(query, page, size, cancel), cancellationToken);
    }

    /// <summary>
    /// Yields page after page: the next page is requested only when the caller has taken every item of the
    /// previous one, and none after a page shorter than <paramref name="pageSize"/> (the last one).
    /// </summary>
    private static async IAsyncEnumerable<T> EnumeratePagesAsync<T>(
        int firstPage,
        int pageSize,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> pageOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var pageNumber = firstPage; ; pageNumber++)
        {
            var page = await pageOf(pageNumber, pageSize, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < page.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return page[i];
            }

            if (page.Count < pageSize)
            {
                yield break;
            }
        }
    }

    private Task<IReadOnlyList<Chat>> ListPageAsync(ChatListQuery? query, int? pageNumber, int? pageSize, CancellationToken cancellationToken) =>
        OmnideskAnswer.ReadAsync<IReadOnlyList<Chat>>(chats.ListAsync(
            Ids(query?.ChannelIds),
            Types(query?.ChannelTypes),
            Ids(query?.OwnerIds),
            Ids(query?.ResponderIds),
            Ids(query?.ResponderVersionIds),
            query?.Search,
            Time(query?.LastChatMessageCreatedAtStart),
            Time(query?.LastChatMessageCreatedAtEnd),
            pageNumber,
            pageSize,
            cancellationToken));

    private Task<IReadOnlyList<ChatDetails>> ListDetailsPageAsync(ChatDetailsListQuery? query, int? pageNumber, int? pageSize, CancellationToken cancellationToken) =>
        OmnideskAnswer.ReadAsync<IReadOnlyList<ChatDetails>>(chats.ListDetailsAsync(
            Ids(query?.ChannelIds),
            Ids(query?.ResponderIds),
            Ids(query?.ResponderVersionIds),
            query?.Search,
            pageNumber,
            pageSize,
            cancellationToken));
}
