namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The typed result the pipeline read from an answer (<see cref="AnswerReader"/>), handed to the typed client
/// that made the call through the request's options: the body is read and parsed once, where its failures are
/// judged and measured.
/// </summary>
internal static class OmnideskAnswer
{
    private static readonly HttpRequestOptionsKey<object> Key = new("Omnidesk.Chat.Client.Answer");

    public static void Set(HttpRequestMessage request, object result) => request.Options.Set(Key, result);

    /// <summary>The result of a call the pipeline answered; disposes the answer and its request.</summary>
    public static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> call)
    {
        using var response = await call.ConfigureAwait(false);
        using var request = response.RequestMessage;
        return request is not null && request.Options.TryGetValue(Key, out var result) && result is T typed
            ? typed
            : throw new InvalidOperationException($"The Omnidesk pipeline did not read this answer into a {typeof(T).Name}: the HttpClient is missing its handlers.");
    }
}
