using System.Net;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown when Omnidesk answered but the answer is a failure: a non-success status, a success status whose
/// body says <c>error</c>, or a body that is empty or malformed where JSON was due. For a call that creates
/// something, a success status with a body that cannot be read is <see cref="OmnideskDeliveryUnknownException"/>
/// instead (with this exception inside): the server most likely stored it.
/// </summary>
/// <remarks>Carries what the server said; never a secret (secrets the server echoed are masked).</remarks>
public sealed class OmnideskApiException : OmnideskException
{
    internal OmnideskApiException(string operation, HttpStatusCode statusCode, string? serverMessage, string? responseBody, string message, Exception? innerException = null)
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
}
