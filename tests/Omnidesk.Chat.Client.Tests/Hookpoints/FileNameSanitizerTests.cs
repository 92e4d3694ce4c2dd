using System.Text;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class FileNameSanitizerTests
{
    [TestCase("offerte.pdf", "offerte.pdf")]
    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("..\\..\\boot.ini", "boot.ini")]
    [TestCase("C:\\Windows\\system32\\x.dll", "x.dll")]
    [TestCase("C:x.dll", "x.dll")]
    [TestCase("/absolute/path/report.txt", "report.txt")]
    [TestCase("a\u0001b\u0007c\r\n.txt", "abc.txt", TestName = "Sanitize_ControlCharacters_AreRemoved")]
    [TestCase("invoice\u202Efdp.exe", "invoicefdp.exe", TestName = "Sanitize_BidiOverride_IsRemoved")]
    [TestCase("what?<is>*this|\".txt", "what__is__this__.txt")]
    [TestCase("notes.txt:hidden", "notes.txt_hidden")]
    [TestCase("  spaced .txt. ", "spaced .txt")]
    [TestCase("..", "file")]
    [TestCase("../", "file")]
    [TestCase("", "file")]
    [TestCase(null, "file")]
    [TestCase("\u0000\u0001", "file", TestName = "Sanitize_OnlyControlCharacters_BecomesFile")]
    [TestCase("CON", "_CON")]
    [TestCase("nul.txt", "_nul.txt")]
    [TestCase("console.txt", "console.txt")]
    [TestCase("résumé ü 日本.docx", "résumé ü 日本.docx")]
    public void Sanitize_SenderName_BecomesPlainSafeName(string? sent, string expected)
    {
        Assert.That(FileNameSanitizer.Sanitize(sent), Is.EqualTo(expected));
    }

    [Test]
    public void Sanitize_VeryLongName_IsCappedKeepingTheExtension()
    {
        var sanitized = FileNameSanitizer.Sanitize(new string('a', 300) + ".pdf");

        Assert.That(sanitized, Has.Length.EqualTo(FileNameSanitizer.MaxLength));
        Assert.That(sanitized, Does.EndWith("aaa.pdf"));
    }

    [Test]
    public void Sanitize_LongNameOfSurrogatePairs_NeverSplitsAPair()
    {
        var sanitized = FileNameSanitizer.Sanitize(string.Concat(Enumerable.Repeat("😀", 100)) + ".png");

        Assert.That(sanitized.Length, Is.LessThanOrEqualTo(FileNameSanitizer.MaxLength));
        Assert.That(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sanitized)), Is.EqualTo(sanitized), "no lone surrogate");
    }

    [TestCase("filename=\"../../etc/passwd\"", "passwd")]
    [TestCase("filename=\"C:\\Windows\\system32\\x.dll\"", "x.dll")]
    [TestCase("filename=\"a\\\"b.txt\"", "a_b.txt")]
    [TestCase("filename=plain.txt", "plain.txt")]
    [TestCase("filename=\"fallback.txt\"; filename*=UTF-8''%E2%82%AC%20rates.txt", "€ rates.txt")]
    [TestCase("filename*=UTF-8''..%2F..%2Fetc%2Fshadow", "shadow")]
    [TestCase("filename=\"=?utf-8?B?w6lsw6h2ZS50eHQ=?=\"", "élève.txt")]
    [TestCase("filename=\"\u0001evil\u0007.sh\"", "evil.sh", TestName = "ParseAsync_UploadFileNameWithControlCharacters_ReachesTheEventWithoutThem")]
    [TestCase("filename=\"\"", "file")]
    public async Task ParseAsync_UploadFileNameHeader_ReachesTheEventSanitized(string fileNameParameter, string expected)
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1")
            .Part($"Content-Disposition: form-data; name=\"file\"; {fileNameParameter}", "x"u8.ToArray());

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(((AgentFileEvent)result.Event!).FileName, Is.EqualTo(expected));
    }
}
