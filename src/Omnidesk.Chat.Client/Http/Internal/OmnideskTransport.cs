using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// The one request pipeline every client shares: it builds each request (address, authentication, the
/// operation tag the handlers read) and reads each answer into a typed result or an
/// <see cref="OmnideskApiException"/>.
/// </summary>
internal sealed class OmnideskTransport
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly OmnideskChatOptions _options;
    private readonly Uri _accountAddress;
    private readonly Uri _chatServiceAddress;

    public OmnideskTransport(HttpClient httpClient, OmnideskChatOptions options)
    {
        _httpClient = httpClient;
        _options = options;
        _accountAddress = WithTrailingSlash(options.BaseAddress ?? throw new InvalidOperationException("Omnidesk:BaseAddress is required."));
        _chatServiceAddress = WithTrailingSlash(options.ChatServiceAddress);
        Mask = new SecretMask(options);
    }

    /// <summary>The options the clients were configured with (validated at start).</summary>
    public OmnideskChatOptions Options => _options;

    /// <summary>Masks configured secrets in text from the server.</summary>
    public SecretMask Mask { get; }

    /// <summary>
    /// Creates the request for an operation. <paramref name="path"/> replaces the operation's path when it has
    /// parameters (a chat id); the v2 API key is added to the header or the query as configured.
    /// </summary>
    public OmnideskRequest CreateRequest(OmnideskOperation operation, HttpContent? content = null, string? path = null, QueryStringBuilder? query = null)
    {
        if (operation.Api == OmnideskApi.Chat && _options.ApiKeyLocation == ApiKeyLocation.Query && !string.IsNullOrEmpty(_options.ApiKey))
        {
            query = (query ?? new QueryStringBuilder()).Add("apiKey", _options.ApiKey);
        }

        var root = operation.Api == OmnideskApi.ChatService ? _chatServiceAddress : _accountAddress;
        var relative = query is null || query.IsEmpty ? path ?? operation.Path : query.AppendTo(path ?? operation.Path);
        var request = new OmnideskRequest(operation, new Uri(root, relative)) { Content = content };
        request.Headers.Accept.Add(AcceptJson);

        switch (operation.Api)
        {
            case OmnideskApi.Chat when _options.ApiKeyLocation == ApiKeyLocation.Header && !string.IsNullOrEmpty(_options.ApiKey):
                request.Headers.TryAddWithoutValidation("apiKey", _options.ApiKey);
                break;
            case OmnideskApi.Chats when _options.EffectiveChatsApiKey is { Length: > 0 } chatsKey:
                request.Headers.TryAddWithoutValidation("authorization", chatsKey);
                break;
        }

        return request;
    }

    /// <summary>
    /// Sends the request and reads the answer as <typeparamref name="T"/>. A non-success status, a body that says
    /// error, or a body that is not the JSON expected throws <see cref="OmnideskApiException"/>. An empty body is
    /// an error unless <paramref name="whenEmpty"/> says what it means.
    /// </summary>
    public async Task<T> SendAsync<T>(OmnideskRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<T>? whenEmpty = null)
    {
        var operation = request.Operation;

        using (request)
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            using var body = await ResponseBuffer.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var status = response.StatusCode;

            if (!response.IsSuccessStatusCode)
            {
                throw ApiErrorReader.FromStatus(operation, status, body.Span, Mask);
            }

            if (body.IsBlank)
            {
                return whenEmpty is not null ? whenEmpty() : throw ApiErrorReader.EmptyBody(operation, status);
            }

            if (ApiErrorReader.TryReadErrorEnvelope(body.Span, out var serverMessage))
            {
                throw ApiErrorReader.FromErrorBody(operation, status, serverMessage, body.Span, Mask);
            }

            try
            {
                return JsonSerializer.Deserialize(body.Span, typeInfo)
                    ?? throw ApiErrorReader.Malformed(operation, status, body.Span, Mask, error: null);
            }
            catch (JsonException error)
            {
                throw ApiErrorReader.Malformed(operation, status, body.Span, Mask, error);
            }
        }
    }

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
