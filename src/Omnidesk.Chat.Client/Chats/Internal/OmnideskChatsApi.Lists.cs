using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Chats.Internal;

/// <summary>The list calls: one page, or every page fetched lazily.</summary>
internal sealed partial class OmnideskChatsApi
{
    public Task<IReadOnlyList<Chat>> ListAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default)
    {
        ChatQueries.Validate(query);
        var request = transport.CreateRequest(OmnideskOperations.ListChats, query: ChatQueries.Build(query, query?.PageNumber, query?.PageSize));
        return transport.SendAsync(request, ChatsJsonContext.Default.IReadOnlyListChat, cancellationToken);
    }

    public Task<IReadOnlyList<ChatDetails>> ListDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default)
    {
        ChatQueries.Validate(query);
        var request = transport.CreateRequest(OmnideskOperations.ListChatDetails, query: ChatQueries.Build(query, query?.PageNumber, query?.PageSize));
        return transport.SendAsync(request, ChatsJsonContext.Default.IReadOnlyListChatDetails, cancellationToken);
    }

    public IAsyncEnumerable<Chat> ListAllAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default)
    {
        ChatQueries.Validate(query);
        return EnumeratePagesAsync(
            OmnideskOperations.ListChats,
            query?.PageNumber ?? 1,
            query?.PageSize ?? FieldRules.MaxPageSize,
            (pageNumber, pageSize) => ChatQueries.Build(query, pageNumber, pageSize),
            ChatsJsonContext.Default.IReadOnlyListChat,
            cancellationToken);
    }

    public IAsyncEnumerable<ChatDetails> ListAllDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default)
    {
        ChatQueries.Validate(query);
        return EnumeratePagesAsync(
            OmnideskOperations.ListChatDetails,
            query?.PageNumber ?? 1,
            query?.PageSize ?? FieldRules.MaxPageSize,
            (pageNumber, pageSize) => ChatQueries.Build(query, pageNumber, pageSize),
            ChatsJsonContext.Default.IReadOnlyListChatDetails,
            cancellationToken);
    }

    /// <summary>
    /// Yields page after page: the next page is requested only when the caller has taken every item of the
    /// previous one, and none after a page shorter than <paramref name="pageSize"/> (the last one).
    /// </summary>
    private async IAsyncEnumerable<T> EnumeratePagesAsync<T>(
        OmnideskOperation operation,
        int firstPage,
        int pageSize,
        Func<int, int, QueryStringBuilder?> queryOfPage,
        JsonTypeInfo<IReadOnlyList<T>> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var pageNumber = firstPage; ; pageNumber++)
        {
            var request = transport.CreateRequest(operation, query: queryOfPage(pageNumber, pageSize));
            var page = await transport.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
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
}
