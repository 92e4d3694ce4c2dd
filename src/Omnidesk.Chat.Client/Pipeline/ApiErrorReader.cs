using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The one place that turns a failed answer into an <see cref="OmnideskApiException"/> whose message says what
/// failed and what to do about it (<c>notifyUserNewChatMessage failed with 401: Invalid API key. ...</c>).
/// </summary>
internal static class ApiErrorReader
{
    private const int MaxBodyInException = 4096;

    /// <summary>
    /// Reads the error envelope of a JSON object body: <c>"status":"error"</c>, <c>"type":"error"</c> or
    /// <c>"result":"error"</c>, with its <c>message</c> (none when blank: the status phrase then speaks).
    /// Returns whether the body says error.
    /// </summary>
    public static bool TryReadErrorEnvelope(ReadOnlySpan<byte> body, out string? message)
    {
        message = null;
        var saysError = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            // Stryker disable once Logical : after a first token that is not '{' the loop below meets no property name, so the answer is false all the same
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMessage = reader.ValueTextEquals("message"u8);
                var isVerdict = reader.ValueTextEquals("status"u8) || reader.ValueTextEquals("type"u8) || reader.ValueTextEquals("result"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    if (isMessage)
                    {
                        message = reader.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;
                    }
                    else if (isVerdict && reader.ValueTextEquals("error"u8))
                    {
                        saysError = true;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return saysError;
    }

    /// <summary>The exception for a non-success status; <paramref name="section"/> is the client's configuration path, which the hint names.</summary>
    public static OmnideskApiException FromStatus(OmnideskOperation operation, HttpStatusCode status, ReadOnlySpan<byte> body, CallSecrets mask, string section)
    {
        TryReadErrorEnvelope(body, out var serverMessage);
        serverMessage ??= PlainText(body);
        serverMessage = mask.Apply(serverMessage);
        var said = serverMessage ?? ReasonPhrase(status);
        return new OmnideskApiException(
            operation.Name,
            status,
            serverMessage,
            BodyText(body, mask),
            $"{operation.Name} failed with {(int)status}: {Sentence(said)}{Hint(operation, status, section)}");
    }

    /// <summary>The exception for a success status whose body says error.</summary>
    public static OmnideskApiException FromErrorBody(OmnideskOperation operation, HttpStatusCode status, string? serverMessage, ReadOnlySpan<byte> body, CallSecrets mask)
    {
        serverMessage = mask.Apply(serverMessage);
        return new OmnideskApiException(
            operation.Name,
            status,
            serverMessage,
            BodyText(body, mask),
            $"{operation.Name} failed: Omnidesk answered {(int)status} but its body says error: {Sentence(serverMessage ?? "(no message)")}");
    }

    /// <summary>The exception for an empty body where JSON was due.</summary>
    public static OmnideskApiException EmptyBody(OmnideskOperation operation, HttpStatusCode status) =>
        new(operation.Name, status, null, string.Empty,
            $"{operation.Name} failed: Omnidesk answered {(int)status} with an empty body where a JSON result was expected, so it is not known what the server did.");

    /// <summary>The exception for a body that is not the JSON expected.</summary>
    public static OmnideskApiException Malformed(OmnideskOperation operation, HttpStatusCode status, ReadOnlySpan<byte> body, CallSecrets mask, JsonException? error) =>
        new(operation.Name, status, null, BodyText(body, mask),
            $"{operation.Name} failed: Omnidesk answered {(int)status} with a body that is not the JSON expected" +
            (error?.Path is { Length: > 0 } path ? $" (at {path})" : string.Empty) +
            ", so it is not known what the server did. The body is in ResponseBody.",
            error);

    private static string Sentence(string text) =>
        text is [.., '.' or '!' or '?'] ? text : text + ".";

    private static string? PlainText(ReadOnlySpan<byte> body)
    {
        var trimmed = body.Trim(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed.Length > 200 || trimmed[0] is (byte)'{' or (byte)'[' or (byte)'<')
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(trimmed);
        return text.Contains('\n', StringComparison.Ordinal) ? null : text;
    }

    private static string? BodyText(ReadOnlySpan<byte> body, CallSecrets mask) =>
        body.IsEmpty ? null : mask.Apply(Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxBodyInException)]));

    /// <summary>The status's phrase as the platform knows it (<c>Service Unavailable</c>), else its name or number.</summary>
    private static string ReasonPhrase(HttpStatusCode status) =>
        ReasonPhrases.GetReasonPhrase((int)status) is { Length: > 0 } phrase ? phrase : status.ToString();

    /// <param name="operation">The call's operation.</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="section">The configuration path of the client's options, so the hint names the account's own keys.</param>
    private static string Hint(OmnideskOperation operation, HttpStatusCode status, string section) => (status, operation.Api) switch
    {
        (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, OmnideskApi.Chats) =>
            $" Check {section}:ChatsApiKey (or {section}:ApiKey): it is sent in the authorization header.",
        (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, OmnideskApi.Account) =>
            $" Check {section}:ApiKey: it is sent in the apiKey header.",
        (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, OmnideskApi.ChatService) =>
            $" Check {section}:ChatAccountToken and {section}:ChatServerToken.",
        (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) =>
            $" Check {section}:ApiKey (a key with the API_CHAT permission) and the chat account token.",
        (HttpStatusCode.TooManyRequests, _) => " Omnidesk is limiting the request rate: slow down and try again later.",
        ( >= HttpStatusCode.InternalServerError, _) => " The failure is on Omnidesk's side: try again later.",
        _ => string.Empty,
    };
}
