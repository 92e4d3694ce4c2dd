using System.Net.Http.Headers;
using System.Text.Json;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;

public enum BodyEncoding
{
    FormUrlEncoded,
    Multipart,
    Json,
}

/// <summary>Builds a hookpoint request body as Omnidesk could send it, in each of the three encodings.</summary>
internal static class HookpointBodies
{
    /// <summary>Values are strings, except JSON booleans and numbers given as <see cref="bool"/> or <see cref="int"/>.</summary>
    public static HttpContent Create(BodyEncoding encoding, params (string Name, object Value)[] fields)
    {
        switch (encoding)
        {
            case BodyEncoding.FormUrlEncoded:
                return new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, Text(f.Value))));
            case BodyEncoding.Multipart:
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                {
                    multipart.Add(new StringContent(Text(value)), name);
                }

                return multipart;
            default:
                var json = JsonSerializer.Serialize(fields.ToDictionary(f => f.Name, f => f.Value));
                var content = new StringContent(json);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return content;
        }
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
