using System.Text;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Fuzzing;

/// <summary>
/// Generates hookpoint requests from a seed, each from its own index (so the run is reproducible whatever the
/// order they are sent in): the four routes in the three encodings, valid or broken in the ways real senders and
/// attackers break them.
/// </summary>
internal static class FuzzRequestGenerator
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";

    private static readonly string[] Hookpoints = ["messageForCustomer", "uploadForCustomer", "typingIndicatorForCustomer", "endSession"];

    private static readonly string[] HostileFileNames =
    [
        "../../etc/passwd", "C:\\Windows\\win.ini", "CON", "a\u0000b.txt", "\u202Egnp.exe", "....", " ", new string('x', 5000),
        "%2e%2e%2fshadow", "=?utf-8?B?Li4vLi4vZXRjL3Bhc3N3ZA==?=", "日本語.pdf", "a\"b.txt", "\\\\server\\share\\x",
    ];

    private static readonly string?[] OddContentTypes =
    [
        null, "", "text/plain", "application/xml", "multipart/mixed; boundary=x", "application/x-www-form-urlencoded; charset=latin1",
        "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"", "multipart/form-data; boundary=a; boundary=b",
        "application/json; charset=utf-16", "*/*", "multipart/form-data; boundary=" + new string('b', 300), ";;;", "application/jsonp",
    ];

    public static FuzzRequest Create(int seed, int id)
    {
        // Not HashCode.Combine: it is seeded per process, so the printed seed would not bring a failure back.
        var random = new Random(unchecked((seed * 1_000_003) + id));
        var hookpoint = Hookpoints[random.Next(Hookpoints.Length)];
        var throws = random.Next(40) == 0;
        if (random.Next(30) == 0)
        {
            var method = random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Put;
            return new FuzzRequest(id, method, hookpoint, Form, Encoding.ASCII.GetBytes("sessionID=s1"), throws, "wrong method");
        }

        var fields = ValidFields(hookpoint, random);
        var breakage = random.Next(16);
        switch (breakage)
        {
            case 0:
                fields.RemoveAt(random.Next(fields.Count));
                break;
            case 1:
                fields.Add(fields[random.Next(fields.Count)]);
                break;
            case 2:
                fields.AddRange(Enumerable.Range(0, 1500).Select(i => ($"f{i}", "v")));
                break;
            case 3:
                fields.Add(("message", new string('m', random.Next(60_000, 70_000))));
                break;
            case 4:
                fields[random.Next(fields.Count)] = ("sessionID", "s\u0000" + random.Next());
                break;
        }

        var encoding = hookpoint == "uploadForCustomer" && random.Next(4) != 0 ? 1 : random.Next(3);
        var (contentType, body) = encoding switch
        {
            0 => (Form, FormBody(fields, random, breakage)),
            1 => MultipartBody(hookpoint, fields, random, breakage),
            _ => (Json, JsonBody(fields, random, breakage)),
        };

        if (breakage == 15)
        {
            contentType = OddContentTypes[random.Next(OddContentTypes.Length)];
        }

        if (breakage == 14 && body.Length > 0)
        {
            // Random damage anywhere: flipped bytes, a cut, an inserted NUL.
            for (var i = random.Next(1, 6); i > 0; i--)
            {
                body[random.Next(body.Length)] = (byte)random.Next(256);
            }
        }

        // Breakages 11 to 13 change nothing. Uploads are left out: their hostile or empty file names are refused on purpose.
        var sound = breakage is >= 11 and <= 13 && hookpoint != "uploadForCustomer";
        return new FuzzRequest(id, HttpMethod.Post, hookpoint, contentType, body, throws, $"{Name(encoding)} breakage {breakage}") { Sound = sound };
    }

    private static string Name(int encoding) => encoding switch { 0 => "form", 1 => "multipart", _ => "json" };

    private static List<(string Name, string Value)> ValidFields(string hookpoint, Random random)
    {
        var session = $"sess-{random.Next(1000)}";
        var fields = hookpoint switch
        {
            "messageForCustomer" => new List<(string, string)> { ("sessionID", session), ("message", "Hallo & welkom ✓ 100%"), ("name", "Anna"), ("picture", "https://cdn.example.com/a.png") },
            "typingIndicatorForCustomer" => [("SessionID", session), ("Typing", random.Next(2) == 0 ? "true" : "0")],
            "uploadForCustomer" => [("sessionID", session)],
            _ => [("sessionID", session)],
        };
        if (random.Next(3) == 0)
        {
            fields = [.. fields.Select(f => (random.Next(2) == 0 ? f.Item1.ToUpperInvariant() : f.Item1.ToLowerInvariant(), f.Item2))];
        }

        return [.. fields.OrderBy(_ => random.Next())];
    }

    private static byte[] FormBody(List<(string Name, string Value)> fields, Random random, int breakage)
    {
        var text = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
        return breakage switch
        {
            5 => Encoding.ASCII.GetBytes(text + "&message=%ZZ%E2%82&name=%"),
            6 => [.. Encoding.ASCII.GetBytes(text + "&note="), 0xC3, 0x28, 0xFF, 0xFE],
            7 => Encoding.ASCII.GetBytes(text + "&" + new string('k', 3000) + "=v"),
            8 => Encoding.ASCII.GetBytes("&&&=&=" + text + "&&"),
            _ => Encoding.ASCII.GetBytes(text),
        };
    }

    private static byte[] JsonBody(List<(string Name, string Value)> fields, Random random, int breakage)
    {
        var members = fields.Select(f => $"{System.Text.Json.JsonSerializer.Serialize(f.Name)}:{System.Text.Json.JsonSerializer.Serialize(f.Value)}");
        var text = "{" + string.Join(',', members) + "}";
        return breakage switch
        {
            5 => Encoding.UTF8.GetBytes(text[..^1] + ",\"x\":\"\\ud800\"}"),
            6 => [.. Encoding.UTF8.GetBytes(text[..^1] + ",\"x\":\""), 0xC3, 0x28, .. "\"}"u8],
            7 => Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]),
            8 => Encoding.UTF8.GetBytes(new string('[', 100) + new string(']', 100)),
            9 => Encoding.UTF8.GetBytes(text.Replace("\"sessionID\":", "\"sessionID\":{\"a\":", StringComparison.OrdinalIgnoreCase) + "}"),
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    private static (string ContentType, byte[] Body) MultipartBody(
        string hookpoint, List<(string Name, string Value)> fields, Random random, int breakage)
    {
        var boundary = random.Next(3) switch { 0 => "----WebKitFormBoundary7MA4YWxkTrZu0gW", 1 => "x", _ => "Apple: boundary " + random.Next() };
        var quoted = boundary.Contains(' ', StringComparison.Ordinal) || random.Next(2) == 0;
        var contentType = $"multipart/form-data; boundary={(quoted ? $"\"{boundary}\"" : boundary)}";
        var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        if (random.Next(4) == 0)
        {
            Write("preamble text\r\n");
        }

        var parts = fields.Select(f => (Headers: $"Content-Disposition: form-data; name=\"{f.Name}\"", Content: Encoding.UTF8.GetBytes(f.Value))).ToList();
        if (hookpoint == "uploadForCustomer" && breakage != 0)
        {
            var fileName = random.Next(3) == 0 ? HostileFileNames[random.Next(HostileFileNames.Length)] : "scan.pdf";
            var size = random.Next(8) == 0 ? random.Next(70_000, 300_000) : random.Next(0, 5000);
            var file = new byte[size];
            random.NextBytes(file);
            var disposition = random.Next(4) == 0
                ? $"form-data; name=\"file\"; filename=\"fallback.bin\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}"
                : $"form-data; name=\"file\"; filename=\"{fileName}\"";
            parts.Insert(random.Next(parts.Count + 1), ($"Content-Disposition: {disposition}\r\nContent-Type: application/pdf", file));
        }

        foreach (var (headers, content) in parts)
        {
            Write($"--{boundary}\r\n{headers}\r\n\r\n");
            body.Write(content);
            Write("\r\n");
        }

        switch (breakage)
        {
            case 5:
                // Truncated: no closing boundary, cut somewhere.
                return (contentType, body.ToArray()[..random.Next((int)body.Length + 1)]);
            case 6:
                return ($"multipart/form-data; boundary=other{random.Next()}", Closed(body, boundary));
            case 7:
                Write($"--{boundary}\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n");
                break;
            case 8:
                Write($"--{boundary}\r\n{string.Concat(Enumerable.Range(0, 40).Select(i => $"X-H{i}: v\r\n"))}Content-Disposition: form-data; name=\"x\"\r\n\r\nv\r\n");
                break;
            case 9:
                Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"x{new string('n', 20_000)}\"\r\n\r\nv\r\n");
                break;
            case 10:
                foreach (var i in Enumerable.Range(0, 40))
                {
                    Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n");
                }

                break;
        }

        return (contentType, Closed(body, boundary));
    }

    private static byte[] Closed(MemoryStream body, string boundary)
    {
        body.Write(Encoding.ASCII.GetBytes($"--{boundary}--\r\n"));
        return body.ToArray();
    }
}
