using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>The emulator's error answers, worded once.</summary>
internal static class EmulatorErrors
{
    public static EmulatorResponse InvalidApiKey() => EmulatorResponse.Error(401, "Invalid API key");

    public static EmulatorResponse InvalidChatAccountToken() => EmulatorResponse.Error(401, "Invalid chat account token");

    public static EmulatorResponse InvalidChatServerToken() => EmulatorResponse.Error(401, "Invalid chat server token");

    public static EmulatorResponse Validation(string violation) => EmulatorResponse.Error(400, violation);

    public static EmulatorResponse UnknownSession(string chatSessionId)
        => EmulatorResponse.Error(404, $"Unknown chatSessionID '{chatSessionId}'.");

    public static EmulatorResponse SessionEnded(string chatSessionId)
        => EmulatorResponse.Error(409, $"Chat session '{chatSessionId}' has ended.");

    public static EmulatorResponse ChatNotFound(string id) => EmulatorResponse.Error(404, $"Chat {id} not found.");

    public static EmulatorResponse FormRequired()
        => EmulatorResponse.Error(415, "Content-Type must be multipart/form-data or application/x-www-form-urlencoded.");

    public static EmulatorResponse JsonRequired() => EmulatorResponse.Error(415, "Content-Type must be application/json.");

    public static EmulatorResponse RouteNotFound(string path) => EmulatorResponse.Error(404, $"No endpoint at {path}.");

    public static EmulatorResponse MethodNotAllowed(string method, string path)
        => EmulatorResponse.Error(405, $"{method} is not allowed on {path}.");

    public static EmulatorResponse InjectedStatus(int statusCode, TimeSpan? retryAfter)
        => EmulatorResponse.Error(
            statusCode,
            string.Create(CultureInfo.InvariantCulture, $"Emulated fault: HTTP {statusCode}."),
            retryAfter);
}
