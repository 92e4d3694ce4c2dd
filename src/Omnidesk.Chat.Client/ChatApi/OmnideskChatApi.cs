using Omnidesk.Chat.Client.Endpoints;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The v2 Chat API client: each method checks its arguments against <c>FieldRules</c>, fills in the defaults
/// from the options, and makes one call of the Refit endpoints (<c>Endpoints/</c>), whose HTTP pipeline
/// reads the answer. Split by concern into partial files.
/// </summary>
internal sealed partial class OmnideskChatApi(
    IChatControllerEndpoints chat,
    IChatbotLogEndpoints chatbotLog,
    IChatServiceEndpoints chatService,
    OmnideskChatOptions options) : IOmnideskChatApi
{
    private OmnideskChatOptions Options => options;
}
