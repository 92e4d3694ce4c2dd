using Refit;

namespace Omnidesk.Chat.Client.Endpoints;

/// <summary>
/// The chatbot log (<c>POST /api/v2/message/chatbot</c>), as Omnidesk's "Chatbot log" page documents it: the
/// conversation a chatbot had, stored as a ticket. Form fields in the page's order; a <see langword="null"/> one is not sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface IChatbotLogEndpoints
{
    [Multipart]
    [Post("/api/v2/message/chatbot")]
    Task<HttpResponseMessage> CreateChatbotLogAsync(string from, string subject, string message, string? brandID, CancellationToken cancellationToken);
}
