using System.Globalization;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>How the store writes times: round-trip text where only reading matters, padded ticks where Lua compares.</summary>
internal static class RedisTime
{
    public static string Write(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string value) => DateTimeOffset.ParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>UTC ticks, zero-padded to 19 digits: Lua's string comparison then orders them as numbers.</summary>
    public static string WriteComparable(DateTimeOffset value) => value.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadComparable(string value) => new(long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>A duration as whole milliseconds for PEXPIRE, at least 1 (0 would be refused).</summary>
    public static string Milliseconds(TimeSpan value) => Math.Max(1L, (long)Math.Ceiling(value.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
}
