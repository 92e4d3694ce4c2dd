using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Chats.Internal;

/// <summary>The v1 chats API over the shared request pipeline: single-chat calls (this file) and lists.</summary>
internal sealed partial class OmnideskChatsApi(OmnideskTransport transport) : IOmnideskChatsApi
{
    private static readonly Func<DeleteChatResult> NoDeleteMessage = static () => new DeleteChatResult { Message = string.Empty };

    public Task<Chat> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        var request = transport.CreateRequest(OmnideskOperations.GetChat, path: PathWithId(OmnideskOperations.GetChat, id));
        return transport.SendAsync(request, ChatsJsonContext.Default.Chat, cancellationToken);
    }

    public Task<ChatDetails> GetDetailsAsync(Guid id, Guid? responderVersionId = null, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        QueryStringBuilder? query = null;
        if (responderVersionId is { } versionId)
        {
            FieldRules.Id("responderVersionId", versionId);
            query = new QueryStringBuilder().Add("responderVersionId", versionId);
        }

        var request = transport.CreateRequest(OmnideskOperations.GetChatDetails, path: PathWithId(OmnideskOperations.GetChatDetails, id), query: query);
        return transport.SendAsync(request, ChatsJsonContext.Default.ChatDetails, cancellationToken);
    }

    public Task<Chat> CreateAsync(CreateChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Id("ownerId", request.OwnerId);
        if (request.ChannelId is { } channelId)
        {
            FieldRules.Id("channelId", channelId);
        }

        var message = transport.CreateRequest(OmnideskOperations.CreateChat, ChatRequestBodies.Create(request));
        return transport.SendAsync(message, ChatsJsonContext.Default.Chat, cancellationToken);
    }

    public Task<Chat> UpdateAsync(Guid id, UpdateChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Id("id", id);
        var message = transport.CreateRequest(OmnideskOperations.UpdateChat, ChatRequestBodies.Update(request), PathWithId(OmnideskOperations.UpdateChat, id));
        return transport.SendAsync(message, ChatsJsonContext.Default.Chat, cancellationToken);
    }

    public Task<DeleteChatResult> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        var request = transport.CreateRequest(OmnideskOperations.DeleteChat, path: PathWithId(OmnideskOperations.DeleteChat, id));
        return transport.SendAsync(request, ChatsJsonContext.Default.DeleteChatResult, cancellationToken, NoDeleteMessage);
    }

    /// <summary>The operation's path with <c>{id}</c> replaced by the chat id.</summary>
    private static string PathWithId(OmnideskOperation operation, Guid id) =>
        operation.Path.Replace("{id}", id.ToString("D"), StringComparison.Ordinal);
}
