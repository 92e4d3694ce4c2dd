using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Http.Internal;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The v2 Chat API client: each method checks its arguments against <c>FieldRules</c>, builds one
/// <see cref="ChatFormContent"/> with the fields that are set, and sends it through the shared
/// <see cref="OmnideskTransport"/>. Split by concern into partial files.
/// </summary>
internal sealed partial class OmnideskChatApi(OmnideskTransport transport) : IOmnideskChatApi
{
    private OmnideskChatOptions Options => transport.Options;

    private Task<T> SendAsync<T>(
        OmnideskOperation operation,
        ChatFormContent? form,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken,
        QueryStringBuilder? query = null,
        Func<T>? whenEmpty = null,
        Func<string?, T>? whenErrorBody = null)
    {
        var request = transport.CreateRequest(operation, form, query: query);
        return transport.SendAsync(request, typeInfo, cancellationToken, whenEmpty, whenErrorBody);
    }
}
