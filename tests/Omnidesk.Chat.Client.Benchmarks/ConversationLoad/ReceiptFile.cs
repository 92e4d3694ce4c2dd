using System.Globalization;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>How an instance hands its receipts to the driver: one <c>{timestamp}\t{text}</c> line each, in reading order per conversation.</summary>
internal static class ReceiptFile
{
    public static async Task WriteAsync(string path, IEnumerable<Receipt> receipts)
    {
        await using var writer = new StreamWriter(path);
        foreach (var receipt in receipts)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{receipt.Timestamp}\t{receipt.Text}"));
        }
    }

    public static async Task<List<Receipt>> ReadAsync(string path)
    {
        var receipts = new List<Receipt>();
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            receipts.Add(new Receipt(line[(tab + 1)..], long.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture)));
        }

        return receipts;
    }
}
