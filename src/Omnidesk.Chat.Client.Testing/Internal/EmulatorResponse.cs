using System.Buffers;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>An answer the emulator is about to send; every endpoint produces one, the pipeline writes it.</summary>
internal sealed class EmulatorResponse
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private EmulatorResponse(int statusCode, byte[] body, TimeSpan? retryAfter = null)
    {
        StatusCode = statusCode;
        Body = body;
        RetryAfter = retryAfter;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string ContentType => JsonContentType;

    public TimeSpan? RetryAfter { get; }

    public static EmulatorResponse Json(int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return new EmulatorResponse(statusCode, buffer.WrittenSpan.ToArray());
    }

    public static EmulatorResponse Ok(Action<Utf8JsonWriter> writeProperties) => Json(200, w =>
    {
        w.WriteStartObject();
        writeProperties(w);
        w.WriteEndObject();
    });

    /// <summary>A success of the v2 form <c>{"type":"result","message":...}</c> plus extra properties.</summary>
    public static EmulatorResponse Result(string message, Action<Utf8JsonWriter>? extra = null) => Ok(w =>
    {
        w.WriteString("type", "result");
        w.WriteString("message", message);
        extra?.Invoke(w);
    });

    /// <summary>An error <c>{"status":"error","message":...}</c>.</summary>
    public static EmulatorResponse Error(int statusCode, string message, TimeSpan? retryAfter = null)
    {
        var json = Ok(w =>
        {
            w.WriteString("status", "error");
            w.WriteString("message", message);
        });
        return new EmulatorResponse(statusCode, json.Body, retryAfter);
    }

    public EmulatorResponse WithTruncatedBody() => new(200, Body[..Math.Max(1, Body.Length / 2)]);

    public EmulatorResponse WithEmptyBody() => new(200, []);
}
