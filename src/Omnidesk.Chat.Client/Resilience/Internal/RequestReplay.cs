namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// Whether a request can be sent more than once, and the copy of it each attempt sends (an
/// <see cref="HttpRequestMessage"/> is sent once only). A client that puts a caller's stream into a request
/// says whether it can seek with <see cref="DeclareStream"/>; content holding a stream that was not declared
/// seekable is never sent twice (it is still retried when it failed before its body left).
/// </summary>
internal static class RequestReplay
{
    /// <summary>Whether every stream in the request's content can seek, so each attempt can rewind it.</summary>
    public static readonly HttpRequestOptionsKey<bool> StreamsCanSeekKey = new("Omnidesk.Chat.Client.StreamsCanSeek");

    /// <summary>
    /// Declares a caller's stream the request's content reads from. A <see cref="StreamContent"/> over a seekable
    /// stream rewinds to where it started on each attempt; one that cannot seek makes the request single-shot.
    /// </summary>
    public static void DeclareStream(HttpRequestMessage request, Stream stream)
    {
        var allSeekable = !request.Options.TryGetValue(StreamsCanSeekKey, out var before) || before;
        request.Options.Set(StreamsCanSeekKey, allSeekable && stream.CanSeek);
    }

    public static bool CanResend(HttpRequestMessage request) =>
        request.Content is null
        || !HoldsStream(request.Content)
        || (request.Options.TryGetValue(StreamsCanSeekKey, out var seekable) && seekable);

    /// <summary>A fresh message for one attempt: the same method, address, version, headers and options, and the content wrapped.</summary>
    public static HttpRequestMessage CreateAttempt(CallState call)
    {
        var original = call.Request;
        var attempt = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
            Content = original.Content is null ? null : new AttemptContent(original.Content, call),
        };

        foreach (var header in original.Headers)
        {
            attempt.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        IDictionary<string, object?> options = attempt.Options;
        foreach (var option in original.Options)
        {
            options[option.Key] = option.Value;
        }

        return attempt;
    }

    private static bool HoldsStream(HttpContent content) => content switch
    {
        StreamContent => true,
        MultipartContent parts => parts.Any(HoldsStream),
        _ => false,
    };
}
