using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>Builds the body of a hookpoint POST in the chosen encoding.</summary>
internal static class HookpointContent
{
    public static HttpContent Create(HookpointEncoding encoding, IReadOnlyList<HookpointField> fields) => encoding switch
    {
        HookpointEncoding.FormUrlEncoded => new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Text))),
        HookpointEncoding.Multipart => Multipart(fields),
        HookpointEncoding.Json => Json(fields),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown hookpoint encoding."),
    };

    /// <summary>A multipart body with the file part <c>file</c> first, streamed from <paramref name="file"/>.</summary>
    public static HttpContent MultipartWithFile(Stream file, string fileName, string contentType, IReadOnlyList<HookpointField> fields)
    {
        var content = new MultipartFormDataContent();
        var part = new CallerOwnedStreamContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(part, "file", fileName);
        foreach (var field in fields)
        {
            content.Add(new StringContent(field.Text), field.Name);
        }

        return content;
    }

    private static MultipartFormDataContent Multipart(IReadOnlyList<HookpointField> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in fields)
        {
            content.Add(new StringContent(field.Text), field.Name);
        }

        return content;
    }

    private static ByteArrayContent Json(IReadOnlyList<HookpointField> fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                if (field.IsBoolean)
                {
                    writer.WriteBoolean(field.Name, field.Text == "true");
                }
                else
                {
                    writer.WriteString(field.Name, field.Text);
                }
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
