using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>The answer to the chatbot log: <c>{"result":"success","message":"Chatbot ticket created."}</c>.</summary>
public sealed record ChatbotLogResult : ChatApiResult
{
    /// <summary>The outcome (<c>result</c>), <c>success</c> when the ticket was created.</summary>
    [JsonPropertyName("result")]
    public string? Result { get; init; }
}
