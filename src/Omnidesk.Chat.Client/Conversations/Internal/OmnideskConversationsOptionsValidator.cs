using Microsoft.Extensions.Options;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// Checks one account's conversation options at start (the unnamed ones, or an account's named options), naming
/// each bad key by its configuration path.
/// </summary>
internal sealed class OmnideskConversationsOptionsValidator : IValidateOptions<OmnideskConversationsOptions>
{
    private readonly string _section;

    public OmnideskConversationsOptionsValidator(string optionsName, string section)
    {
        OptionsName = optionsName;
        _section = section;
    }

    /// <summary>The name of the options this validator checks (the account's, or the unnamed <see cref="Options.DefaultName"/>).</summary>
    public string OptionsName { get; }

    public ValidateOptionsResult Validate(string? name, OmnideskConversationsOptions options)
    {
        if ((name ?? Options.DefaultName) != OptionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (options.IdleTimeout is { } idle)
        {
            Positive(failures, nameof(options.IdleTimeout), idle);
            if (options.IdleWarningBefore < TimeSpan.Zero || options.IdleWarningBefore >= idle)
            {
                failures.Add($"{_section}:{nameof(options.IdleWarningBefore)} must be zero or more and shorter than {nameof(options.IdleTimeout)} ({idle}); it is {options.IdleWarningBefore}.");
            }
        }

        Positive(failures, nameof(options.IdleCheckInterval), options.IdleCheckInterval);
        Positive(failures, nameof(options.RetainEndedFor), options.RetainEndedFor);
        Positive(failures, nameof(options.FileRetention), options.FileRetention);
        Positive(failures, nameof(options.StartTimeout), options.StartTimeout);
        Positive(failures, nameof(options.MaxFileSize), options.MaxFileSize);
        foreach (var (mediaType, limit) in options.MaxFileSizeByMediaType)
        {
            var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == mediaType.Length - 1)
            {
                failures.Add($"{_section}:{nameof(options.MaxFileSizeByMediaType)} has the key '{mediaType}', which is not a media type such as application/pdf or image/*.");
            }

            Positive(failures, $"{nameof(options.MaxFileSizeByMediaType)}:{mediaType}", limit);
        }

        Positive(failures, $"{nameof(options.Memory)}:{nameof(options.Memory.MaxConversations)}", options.Memory.MaxConversations);
        Positive(failures, $"{nameof(options.Memory)}:{nameof(options.Memory.MaxEventsPerConversation)}", options.Memory.MaxEventsPerConversation);
        Positive(failures, $"{nameof(options.Memory)}:{nameof(options.Memory.MaxHistoryPerConversation)}", options.Memory.MaxHistoryPerConversation);
        Positive(failures, $"{nameof(options.Memory)}:{nameof(options.Memory.MaxFileBytes)}", options.Memory.MaxFileBytes);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{_section}:{key} must be positive; it is {value}.");
        }
    }

    private void Positive(List<string> failures, string key, long value)
    {
        if (value <= 0)
        {
            failures.Add($"{_section}:{key} must be positive; it is {value}.");
        }
    }
}
