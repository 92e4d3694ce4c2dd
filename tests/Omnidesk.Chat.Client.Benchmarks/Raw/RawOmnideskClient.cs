using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.ChatsApi.Internal;

namespace Omnidesk.Chat.Client.Benchmarks.Raw;

/// <summary>
/// The baseline: the best code a user could write by hand with a plain <see cref="HttpClient"/>, a hand-built
/// <see cref="MultipartFormDataContent"/> and the same source-generated JSON metadata as the SDK (its own
/// contexts), so that a pair's difference is the SDK's overhead and not a choice of models. No validation,
/// no resilience, no telemetry. Sends byte-for-byte the request the SDK sends (checked by <c>PairCheck</c>).
/// </summary>
internal sealed class RawOmnideskClient(HttpClient http, Uri baseAddress)
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly Uri _notifyUserNewChatMessage = new(baseAddress, "api/v2/chat/notifyUserNewChatMessage");

    public async Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(NewChatMessage message, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent(Guid.NewGuid().ToString("N"));
        AddField(form, "chatServer", Sample.ChatServer);
        AddField(form, "chatSessionID", message.ChatSessionId);
        AddField(form, "chatAccountToken", Sample.ChatAccountToken);
        AddField(form, "channelID", message.ChannelId!.Value.ToString(CultureInfo.InvariantCulture));
        AddField(form, "message", message.Message);
        AddField(form, "url", message.Url!);
        AddField(form, "messageNumber", message.MessageNumber!.Value.ToString(CultureInfo.InvariantCulture));
        AddField(form, "usedPredefinedUserInput", message.UsedPredefinedUserInput!.Value ? "true" : "false");
        AddField(form, "additionalData", message.AdditionalData!);
        AddField(form, "externalAddressOverwrite", message.ExternalAddressOverwrite!);
        AddField(form, "customerName", message.CustomerName!);
        AddField(form, "emailAddress", message.EmailAddress!);
        AddField(form, "phoneNumber", message.PhoneNumber!);

        using var request = new HttpRequestMessage(HttpMethod.Post, _notifyUserNewChatMessage) { Content = form };
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.TryAddWithoutValidation("apiKey", Sample.ApiKey);
        return await SendAsync(request, ChatJsonContext.Default.NewChatMessageResult, cancellationToken);
    }

    public async Task<IReadOnlyList<Chat>> ListChatsAsync(int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var address = new Uri(baseAddress, string.Create(CultureInfo.InvariantCulture, $"api/v1/chats?pageNumber={pageNumber}&pageSize={pageSize}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.TryAddWithoutValidation("authorization", Sample.ApiKey);
        return await SendAsync(request, ChatsJsonContext.Default.IReadOnlyListChat, cancellationToken);
    }

    /// <summary>Uploads <paramref name="file"/> (and disposes it, as <see cref="StreamContent"/> does).</summary>
    public async Task<AttachmentResult> AddAttachmentAsync(Stream file, string chatSessionId, CancellationToken cancellationToken = default)
    {
        var address = new Uri(baseAddress, "api/v2/chat/addAttachment"
            + "?chatServer=" + Uri.EscapeDataString(Sample.ChatServer)
            + "&chatSessionID=" + Uri.EscapeDataString(chatSessionId)
            + "&chatAccountToken=" + Uri.EscapeDataString(Sample.ChatAccountToken));
        using var form = new MultipartFormDataContent(Guid.NewGuid().ToString("N"));
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(Sample.FileContentType);
        form.Add(part, "file", Sample.FileName);

        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = form };
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.TryAddWithoutValidation("apiKey", Sample.ApiKey);
        return await SendAsync(request, ChatJsonContext.Default.AttachmentResult, cancellationToken);
    }

    /// <summary>
    /// A text part as the SDK (Refit, on the platform's form) writes it: <c>Content-Type: text/plain; charset=utf-8</c>,
    /// <c>Content-Disposition: form-data; name=...</c> and the UTF-8 value.
    /// </summary>
    private static void AddField(MultipartFormDataContent form, string name, string value) => form.Add(new StringContent(value), name);

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken)
            ?? throw new InvalidDataException("The answer was JSON null.");
    }
}
