using System.Text;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

/// <summary>Writes a multipart/form-data body byte by byte, so tests control every header and line break.</summary>
internal sealed class MultipartBodyBuilder(string boundary = "----HookpointBoundary7MA4YWxkTrZu0gW")
{
    private readonly MemoryStream _body = new();

    public string Boundary { get; } = boundary;

    public string ContentType => $"multipart/form-data; boundary={Boundary}";

    public MultipartBodyBuilder Field(string name, string value) =>
        Part($"Content-Disposition: form-data; name=\"{name}\"", Encoding.UTF8.GetBytes(value));

    public MultipartBodyBuilder File(string name, string fileName, byte[] content, string contentType = "application/octet-stream") =>
        Part($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}", content);

    public MultipartBodyBuilder Part(string headers, byte[] content)
    {
        Write($"--{Boundary}\r\n{headers}\r\n\r\n");
        _body.Write(content);
        Write("\r\n");
        return this;
    }

    public byte[] Build(bool close = true)
    {
        var copy = new MemoryStream();
        _body.Position = 0;
        _body.CopyTo(copy);
        if (close)
        {
            copy.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        }

        return copy.ToArray();
    }

    private void Write(string text) => _body.Write(Encoding.UTF8.GetBytes(text));
}
