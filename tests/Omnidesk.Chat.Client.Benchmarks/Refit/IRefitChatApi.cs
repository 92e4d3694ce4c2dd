using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Refit;

namespace Omnidesk.Chat.Client.Benchmarks.Refit;

/// <summary>
/// The v2 message call as Refit 16.4 declares it: a <c>[Multipart]</c> method whose parameters are the form's
/// fields, in the documented order. Refit writes each text part with its own <c>Content-Type: text/plain</c>,
/// which the documented form (and the SDK) does not; the field names, values and order are the same.
/// </summary>
[Headers("Accept: application/json")]
public interface IRefitChatApi
{
    [Multipart(RefitClients.Boundary)]
    [Post("/api/v2/chat/notifyUserNewChatMessage")]
    Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(
        [Header("apiKey")] string apiKey,
        string chatServer,
        string chatSessionID,
        string chatAccountToken,
        string channelID,
        string message,
        string url,
        string messageNumber,
        string usedPredefinedUserInput,
        string additionalData,
        string externalAddressOverwrite,
        string customerName,
        string emailAddress,
        string phoneNumber);
}
