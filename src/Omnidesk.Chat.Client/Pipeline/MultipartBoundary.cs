namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Gives a form a boundary of its own. Refit writes every <c>[Multipart]</c> form with one fixed boundary
/// (<c>----MyGreatBoundary</c>), which a customer's message could contain and so end its part early; a random
/// one per request (32 hex digits, as browsers and the SDK always sent) cannot be guessed.
/// </summary>
internal static class MultipartBoundary
{
    public static void Renew(HttpRequestMessage request)
    {
        if (request.Content is not MultipartFormDataContent form)
        {
            return;
        }

        var boundary = Guid.NewGuid().ToString("N");
        var renewed = new MultipartFormDataContent(boundary);
        // Unquoted, as sent before (the platform quotes it); the body is written with the boundary given above.
        // The form's own Content-Type is kept and only its boundary parameter unquoted: no second header value.
        foreach (var parameter in renewed.Headers.ContentType!.Parameters)
        {
            if (parameter.Name == "boundary")
            {
                parameter.Value = boundary;
                break;
            }
        }
        foreach (var part in form)
        {
            renewed.Add(part);
        }

        // The old form is not disposed: its parts now belong to the new one, which the request disposes.
        request.Content = renewed;
    }
}
