using Omnidesk.Chat.Client.Http.Internal;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// The innermost Omnidesk handler, inside the library's resilience handler, so it sees each attempt: it counts
/// the attempt and reads the whole answer before the attempt ends, so that a connection lost in the middle of
/// the answer is judged like any other failure of the attempt, under the attempt and total timeouts.
/// </summary>
internal sealed class OmnideskAttemptHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is not OmnideskRequest { Call: { } call })
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        call.BeginAttempt();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        call.AnswerStarted = true;
        try
        {
            // The body goes into a pooled buffer that the call holds until the transport takes it.
            call.HoldAnswer(response, await ResponseBuffer.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false));
            return response;
        }
        catch (IOException failure)
        {
            // As when HttpContent.LoadIntoBufferAsync() buffers an answer, so that the retry rules judge it alike.
            response.Dispose();
            throw new HttpRequestException(
                failure is HttpIOException io ? io.HttpRequestError : HttpRequestError.Unknown,
                "Error while copying content to a stream.",
                failure);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
