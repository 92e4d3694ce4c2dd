using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Reads an answer the attempt handler buffered: a non-success status throws <see cref="OmnideskApiException"/>; for
/// the SDK's own operations, so does a body that says error or is not the JSON expected (unless the operation
/// makes a result of it), and the typed result is handed to the client through <see cref="OmnideskAnswer"/>. For a
/// call that creates something, a success whose body cannot be read throws <see cref="OmnideskDeliveryUnknownException"/>
/// instead: the server may well have stored it.
/// </summary>
internal static class AnswerReader
{
    /// <summary>Reads the answer <see cref="OmnideskAttemptHandler"/> buffered: synchronous, since the body is already in memory.</summary>
    public static void Read(HttpResponseMessage response, CallState call, CallSecrets mask, string section)
    {
        var operation = call.Operation;
        var status = response.StatusCode;
        call.Telemetry.Answered(status);
        if (response.IsSuccessStatusCode && operation.Result is null)
        {
            return; // a user's own endpoint: Refit reads the body
        }

        // The buffered body's stream reads that buffer without copying it, where ReadAsByteArrayAsync would allocate a
        // second body-sized array: one pooled copy instead. The attempt handler refuses bodies over 16 MiB, so the
        // length fits an int.
        using var stream = response.Content.ReadAsStream();
        var length = (int)stream.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(rented, 0, length);
            ReadBody(response, call, mask, section, rented.AsSpan(0, length));
        }
        finally
        {
            // Stryker disable once Statement : an array not given back to the pool only costs a later allocation, which no test can see
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void ReadBody(HttpResponseMessage response, CallState call, CallSecrets mask, string section, ReadOnlySpan<byte> body)
    {
        var operation = call.Operation;
        var status = response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw ApiErrorReader.FromStatus(operation, status, body, mask.For(call), section);
        }

        object? result;
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            result = operation.WhenEmpty is { } empty ? empty() : throw Unreadable(call, ApiErrorReader.EmptyBody(operation, status));
        }
        else if (ApiErrorReader.TryReadErrorEnvelope(body, out var serverMessage))
        {
            result = operation.WhenErrorBody is { } refused
                ? refused(mask.For(call).Apply(serverMessage))
                : throw ApiErrorReader.FromErrorBody(operation, status, serverMessage, body, mask.For(call));
        }
        else
        {
            try
            {
                result = JsonSerializer.Deserialize(body, operation.Result!)
                    ?? throw Unreadable(call, ApiErrorReader.Malformed(operation, status, body, mask.For(call), error: null));
            }
            catch (JsonException error)
            {
                throw Unreadable(call, ApiErrorReader.Malformed(operation, status, body, mask.For(call), error));
            }
        }

        OmnideskAnswer.Set(call.Request, result);
    }

    /// <summary>
    /// A success status with a body that cannot be read: for a call that creates something, the server has most
    /// likely stored it, so sending it again could make a duplicate.
    /// </summary>
    private static OmnideskException Unreadable(CallState call, OmnideskApiException unreadable) =>
        call.Operation.RetrySafety == RetrySafety.OnlyWhenNotProcessed
            ? new OmnideskDeliveryUnknownException(
                call.Operation.Name,
                string.Create(CultureInfo.InvariantCulture, $"Omnidesk answered {(int)unreadable.StatusCode} with a body that could not be read (see InnerException)"),
                call.Attempts,
                unreadable)
            : unreadable;
}
