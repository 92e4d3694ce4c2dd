using System.Net;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown when Omnidesk answered but the answer is a failure: a non-success status, a success status whose
/// body says <c>error</c>, or a body that is empty or malformed where JSON was due. For a call that creates
/// something, a success status with a body that cannot be read is <see cref="OmnideskDeliveryUnknownException"/>
/// instead (with this exception inside): the server most likely stored it.
/// </summary>
/// <remarks>
/// Carries what the server said; never a secret (secrets the server echoed are masked). The public constructors
/// are for code that stands in for <see cref="IOmnideskChatApi"/> or <see cref="IOmnideskChatsApi"/> in its own
/// tests; pass no secret in the texts.
/// </remarks>
public sealed class OmnideskApiException : OmnideskException
{
    /// <summary>
    /// Creates the exception for an answer with <paramref name="statusCode"/>, with a message in the SDK's words:
    /// <c>notifyUserNewChatMessage failed with 401: Invalid API key.</c>
    /// </summary>
    /// <param name="operation">The API operation, such as <c>notifyUserNewChatMessage</c> or <c>chats.update</c>.</param>
    /// <param name="statusCode">The HTTP status the server answered with.</param>
    /// <param name="serverMessage">The <c>message</c> of the server's error body, if it sent one.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> is <see langword="null"/> or empty.</exception>
    public OmnideskApiException(string operation, HttpStatusCode statusCode, string? serverMessage)
        : this(operation, statusCode, serverMessage, responseBody: null, DefaultMessage(operation, statusCode, serverMessage))
    {
    }

    /// <summary>Creates the exception with every detail given.</summary>
    /// <param name="operation">The API operation, such as <c>notifyUserNewChatMessage</c> or <c>chats.update</c>.</param>
    /// <param name="statusCode">The HTTP status the server answered with (a 2xx when the body said error or could not be read).</param>
    /// <param name="serverMessage">The <c>message</c> of the server's error body, if it sent one.</param>
    /// <param name="responseBody">The start of the response body as text, if any.</param>
    /// <param name="message">What failed, in words a user can act on.</param>
    /// <param name="innerException">The underlying failure (such as a <see cref="System.Text.Json.JsonException"/>), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="message"/> is <see langword="null"/> or empty.</exception>
    public OmnideskApiException(string operation, HttpStatusCode statusCode, string? serverMessage, string? responseBody, string message, Exception? innerException = null)
        : base(operation, message, innerException)
    {
        StatusCode = statusCode;
        ServerMessage = serverMessage;
        ResponseBody = responseBody;
    }

    /// <summary>The HTTP status Omnidesk answered with (a 2xx when the body said error or could not be read).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>message</c> of the server's error body, when it sent one.</summary>
    public string? ServerMessage { get; }

    /// <summary>The start of the response body as text (at most 4 KiB), for diagnostics.</summary>
    public string? ResponseBody { get; }

    private static string DefaultMessage(string operation, HttpStatusCode statusCode, string? serverMessage) =>
        $"{operation} failed with {(int)statusCode}: {(string.IsNullOrEmpty(serverMessage) ? statusCode.ToString() : serverMessage)}";
}
