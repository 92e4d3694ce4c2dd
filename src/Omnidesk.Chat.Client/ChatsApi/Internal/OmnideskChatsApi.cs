using Omnidesk.Chat.Client.Endpoints;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatsApi.Internal;

/// <summary>The v1 chats API over its Refit endpoints (<see cref="IChatsEndpoints"/>): single-chat calls (this file) and lists.</summary>
internal sealed partial class OmnideskChatsApi(IChatsEndpoints chats) : IOmnideskChatsApi
{
    public Task<Chat> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        return OmnideskAnswer.ReadAsync<Chat>(chats.GetAsync(id, cancellationToken));
    }

    public Task<ChatDetails> GetDetailsAsync(Guid id, Guid? responderVersionId = null, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        if (responderVersionId is { } versionId)
        {
            FieldRules.Id("responderVersionId", versionId);
        }

        return OmnideskAnswer.ReadAsync<ChatDetails>(chats.GetDetailsAsync(id, responderVersionId, cancellationToken));
    }

    public Task<Chat> CreateAsync(CreateChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Id("ownerId", request.OwnerId);
        if (request.ChannelId is { } channelId)
        {
            FieldRules.Id("channelId", channelId);
        }

        return OmnideskAnswer.ReadAsync<Chat>(chats.CreateAsync(request, cancellationToken));
    }

    public Task<Chat> UpdateAsync(Guid id, UpdateChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Id("id", id);
        return OmnideskAnswer.ReadAsync<Chat>(chats.UpdateAsync(id, request, cancellationToken));
    }

    public Task<DeleteChatResult> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        FieldRules.Id("id", id);
        return OmnideskAnswer.ReadAsync<DeleteChatResult>(chats.DeleteAsync(id, cancellationToken));
    }
}
