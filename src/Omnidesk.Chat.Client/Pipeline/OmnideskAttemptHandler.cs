namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The innermost Omnidesk handler, inside the library's resilience handler, so it sees each attempt: it counts
/// the attempt and buffers the whole answer before the attempt ends, so that a connection lost in the middle of
/// the answer is judged like any other failure of the attempt, under the attempt and total timeouts.
/// </summary>
internal sealed class OmnideskAttemptHandler : DelegatingHandler
{
    /// <summary>Bodies larger than this are refused: no Omnidesk answer comes near it.</summary>
    public const int MaxAnswerLength = 16 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(OmnideskCallHandler.CallKey, out var call))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        call.BeginAttempt();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        call.AnswerStarted = true;
        try
        {
            // The platform's buffering: a lost connection becomes an HttpRequestException, a body past the limit one
            // whose HttpRequestError is ConfigurationLimitExceeded (never retried: it would come back as large).
            await response.Content.LoadIntoBufferAsync(MaxAnswerLength, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
