using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// Something the customer asked for that this page will not do, in words for the customer: the endpoint shows it as
/// a line of the chat and answers <see cref="StatusCode"/> with it.
/// </summary>
internal sealed class CustomerRequestRefusedException(string message, int statusCode = StatusCodes.Status409Conflict) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
