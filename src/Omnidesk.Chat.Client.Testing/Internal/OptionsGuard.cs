namespace Omnidesk.Chat.Client.Testing;

/// <summary>Checks <see cref="OmnideskEmulatorOptions"/> before the emulator starts.</summary>
internal static class OptionsGuard
{
    public static void Validate(OmnideskEmulatorOptions options)
    {
        Require(!string.IsNullOrEmpty(options.ChatAccountToken), nameof(options.ChatAccountToken), "must not be empty");
        Require(!string.IsNullOrEmpty(options.ChatServerToken), nameof(options.ChatServerToken), "must not be empty");
        Require(options.MaxRequestBodySize > 0, nameof(options.MaxRequestBodySize), "must be positive");
        Require(options.MaxFormValueLength > 0, nameof(options.MaxFormValueLength), "must be positive");
        Require(
            options.AgentTimeout > TimeSpan.Zero || options.AgentTimeout == Timeout.InfiniteTimeSpan,
            nameof(options.AgentTimeout),
            "must be positive or infinite");
        Require(options.TimeProvider is not null, nameof(options.TimeProvider), "must not be null");
    }

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"OmnideskEmulatorOptions.{name} {rule}.", "options");
        }
    }
}
