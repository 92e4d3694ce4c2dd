using System.Globalization;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// The one request pipeline every client shares: it builds each request (address, authentication, the
/// operation tag the handlers read), reads each answer into a typed result or an <see cref="OmnideskApiException"/>,
/// and reports the call's outcome to the telemetry, which only it knows whole (a 200 whose body says error).
/// </summary>
internal sealed class OmnideskTransport
{
    private readonly HttpClient _httpClient;
    private readonly OmnideskChatOptions _options;
    private readonly string _accountAddress;
    private readonly string _chatServiceAddress;
    private readonly OmnideskTelemetry _telemetry;
    private string? _accountHost;
    private string? _chatServiceHost;

    public OmnideskTransport(HttpClient httpClient, OmnideskChatOptions options, OmnideskTelemetry telemetry)
    {
        _httpClient = httpClient;
        _options = options;
        _telemetry = telemetry;
        _accountAddress = WithTrailingSlash(options.BaseAddress ?? throw new InvalidOperationException($"{options.SectionPath}:BaseAddress is required."));
        _chatServiceAddress = WithTrailingSlash(options.ChatServiceAddress);
        Mask = new CallSecrets(options);
    }

    /// <summary>The options the clients were configured with (validated at start).</summary>
    public OmnideskChatOptions Options => _options;

    /// <summary>Masks the configured secrets in text from the server (and, through <see cref="CallSecrets.For"/>, a request's own).</summary>
    public CallSecrets Mask { get; }

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

        // The address is written whole and parsed once: the configured address (absolute, no query, ending in '/'),
        // the operation's path, the escaped query. Accept goes in as it is sent, not as a typed header collection.
        var root = operation.Api == OmnideskApi.ChatService ? _chatServiceAddress : _accountAddress;
        var address = query is null || query.IsEmpty ? string.Concat(root, path ?? operation.Path) : query.AppendTo(root, path ?? operation.Path);
        var request = new OmnideskRequest(operation, new Uri(address, UriKind.Absolute)) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", "application/json");

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
    /// Sends the request and reads the answer as <typeparamref name="T"/>, as one span, one duration measurement
    /// and its log entries. A non-success status, a body that says error, or a body that is not the JSON expected
    /// throws <see cref="OmnideskApiException"/>; an empty body is an error unless <paramref name="whenEmpty"/> says
    /// what it means, and a success status whose body says error is one unless <paramref name="whenErrorBody"/>
    /// makes a result of the server's (masked) message. For a call that creates something, a success status whose body cannot be read throws
    /// <see cref="OmnideskDeliveryUnknownException"/> instead: the server may well have stored it.
    /// </summary>
    public async Task<T> SendAsync<T>(OmnideskRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<T>? whenEmpty = null, Func<string?, T>? whenErrorBody = null)
    {
        using (request)
        using (var telemetry = _telemetry.Start(request.Operation, ServerAddress(request.Operation.Api)))
        {
            request.Telemetry = telemetry;
            try
            {
                // One async method for the whole call (send, then take the body its attempt read), so one task.
                using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                using var body = request.Call is { } call && call.TryTakeAnswer(response, out var held)
                    ? held
                    : await ResponseBuffer.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
                var result = ReadAnswer(request, response, body, typeInfo, whenEmpty, whenErrorBody);
                telemetry.Succeeded(request.Attempts);
                return result;
            }
            catch (Exception failure)
            {
                telemetry.Failed(failure, request.Attempts);
                throw;
            }
        }
    }

    /// <summary>The typed result of an answer whose body was read whole, or the exception that says what failed.</summary>
    private T ReadAnswer<T>(OmnideskRequest request, HttpResponseMessage response, in ResponseBuffer body, JsonTypeInfo<T> typeInfo, Func<T>? whenEmpty, Func<string?, T>? whenErrorBody)
    {
        var operation = request.Operation;
        var status = response.StatusCode;
        request.Telemetry?.Answered(status);

        if (!response.IsSuccessStatusCode)
        {
            throw ApiErrorReader.FromStatus(operation, status, body.Span, Mask.For(request), _options.SectionPath);
        }

        if (body.IsBlank)
        {
            return whenEmpty is not null ? whenEmpty() : throw Unreadable(request, ApiErrorReader.EmptyBody(operation, status));
        }

        if (ApiErrorReader.TryReadErrorEnvelope(body.Span, out var serverMessage))
        {
            if (whenErrorBody is not null)
            {
                return whenErrorBody(Mask.For(request).Apply(serverMessage));
            }

            throw ApiErrorReader.FromErrorBody(operation, status, serverMessage, body.Span, Mask.For(request));
        }

        try
        {
            return JsonSerializer.Deserialize(body.Span, typeInfo)
                ?? throw Unreadable(request, ApiErrorReader.Malformed(operation, status, body.Span, Mask.For(request), error: null));
        }
        catch (JsonException error)
        {
            throw Unreadable(request, ApiErrorReader.Malformed(operation, status, body.Span, Mask.For(request), error));
        }
    }

    /// <summary>
    /// A success status with a body that cannot be read: for a call that creates something, the server has most
    /// likely stored it, so sending it again could make a duplicate.
    /// </summary>
    private static OmnideskException Unreadable(OmnideskRequest request, OmnideskApiException unreadable) =>
        request.Operation.RetrySafety == RetrySafety.OnlyWhenNotProcessed
            ? new OmnideskDeliveryUnknownException(
                request.Operation.Name,
                string.Create(CultureInfo.InvariantCulture, $"Omnidesk answered {(int)unreadable.StatusCode} with a body that could not be read (see InnerException)"),
                request.Attempts,
                unreadable)
            : unreadable;

    /// <summary>The host of the service <paramref name="api"/> addresses, for the span (read once per client, not per request).</summary>
    private string ServerAddress(OmnideskApi api) =>
        api == OmnideskApi.ChatService ? _chatServiceHost ??= _options.ChatServiceAddress.Host : _accountHost ??= _options.BaseAddress!.Host;

    private static string WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address.AbsoluteUri : address.AbsoluteUri + "/";
}
