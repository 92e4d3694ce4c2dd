using Microsoft.Extensions.Options;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// Validates one store's <see cref="OmnideskRedisStoreOptions"/> at start (the unnamed store's, or an account's
/// named options): exactly one way to reach Redis, positive durations. Failures name the configuration key under
/// <paramref name="section"/> and never echo the connection string, which may hold a password.
/// </summary>
/// <param name="optionsName">The name of the options this validator checks.</param>
/// <param name="section">The section they are bound from, as the messages name it.</param>
/// <param name="multiplexerGiven">Whether <c>AddRedisStore</c> was given the application's own connection.</param>
internal sealed class OmnideskRedisStoreOptionsValidator(string optionsName, string section, bool multiplexerGiven) : IValidateOptions<OmnideskRedisStoreOptions>
{
    private string Section => section;

    public string OptionsName => optionsName;

    public ValidateOptionsResult Validate(string? name, OmnideskRedisStoreOptions options)
    {
        if ((name ?? Options.DefaultName) != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var sources = (multiplexerGiven ? 1 : 0)
            + (string.IsNullOrWhiteSpace(options.ConnectionString) ? 0 : 1)
            + (string.IsNullOrWhiteSpace(options.ConfigurationKey) ? 0 : 1);
        if (sources == 0)
        {
            failures.Add($"The Redis store needs to know where Redis is: set {Section}:ConnectionString, or {Section}:ConfigurationKey (such as ConnectionStrings:redis), or pass an IConnectionMultiplexer to AddRedisStore.");
        }
        else if (sources > 1)
        {
            failures.Add($"Say where Redis is in one way only: {Section}:ConnectionString, {Section}:ConfigurationKey and an IConnectionMultiplexer passed to AddRedisStore exclude each other.");
        }

        if (string.IsNullOrEmpty(options.KeyPrefix) || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            failures.Add($"{Section}:KeyPrefix must be non-empty and have no white space, such as 'omnidesk:'.");
        }
        else if (options.KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            // Each session's keys share the hash tag {session id}; Redis Cluster takes the first {...} of a key as its tag.
            failures.Add($"{Section}:KeyPrefix must have no '{{' or '}}' ('{options.KeyPrefix}'): Redis Cluster would read it as the hash tag of every key and keep the whole store in one slot. Set a KeyPrefix without braces.");
        }

        Positive(nameof(options.UnknownSessionExpiry), options.UnknownSessionExpiry, failures);
        Positive(nameof(options.OperationTimeout), options.OperationTimeout, failures);
        Positive(nameof(options.ReaderPollInterval), options.ReaderPollInterval, failures);
        AtLeastOne(nameof(options.MaxEventsPerConversation), options.MaxEventsPerConversation, failures);
        AtLeastOne(nameof(options.MaxHistoryPerConversation), options.MaxHistoryPerConversation, failures);
        if (options.MaxFileSize < 0)
        {
            failures.Add($"{Section}:MaxFileSize must be 0 (keep no file content) or more; it is {options.MaxFileSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void AtLeastOne(string property, int value, List<string> failures)
    {
        if (value < 1)
        {
            failures.Add($"{Section}:{property} must be 1 or more; it is {value}.");
        }
    }

    private void Positive(string property, TimeSpan value, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{property} must be positive; it is {value}.");
        }
    }
}
