using System.Globalization;

namespace Omnidesk.Chat.Client;

/// <content>The checks of <see cref="OmnideskChatOptions.Resilience"/>, within the limits the pipeline accepts.</content>
internal sealed partial class OmnideskChatOptionsValidator
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MinimumBreakerWindow = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(1);

    private void CheckResilience(OmnideskResilienceOptions? resilience, List<string> failures)
    {
        const string Section = nameof(OmnideskChatOptions.Resilience);
        if (resilience is null)
        {
            failures.Add($"{Key(Section)} is required.");
            return;
        }

        CheckDuration($"{Section}:{nameof(resilience.TotalTimeout)}", resilience.TotalTimeout, MinimumTimeout, failures);
        CheckDuration($"{Section}:{nameof(resilience.AttemptTimeout)}", resilience.AttemptTimeout, MinimumTimeout, failures);
        if (resilience.AttemptTimeout > resilience.TotalTimeout)
        {
            failures.Add($"{Key($"{Section}:{nameof(resilience.AttemptTimeout)}")} ({resilience.AttemptTimeout:c}) must not exceed {Key($"{Section}:{nameof(resilience.TotalTimeout)}")} ({resilience.TotalTimeout:c}).");
        }

        if (resilience.MaxRetryAttempts < 0)
        {
            failures.Add($"{Key($"{Section}:{nameof(resilience.MaxRetryAttempts)}")} must be 0 (no retries) or more; {resilience.MaxRetryAttempts} is not.");
        }

        CheckDuration($"{Section}:{nameof(resilience.BaseDelay)}", resilience.BaseDelay, TimeSpan.Zero, failures);
        if (resilience.FailureRatio is not (> 0 and <= 1))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Key($"{Section}:{nameof(resilience.FailureRatio)}")} must be above 0 and at most 1; {resilience.FailureRatio} is not."));
        }

        if (resilience.MinimumThroughput < 2)
        {
            failures.Add($"{Key($"{Section}:{nameof(resilience.MinimumThroughput)}")} must be at least 2; {resilience.MinimumThroughput} is not.");
        }

        CheckDuration($"{Section}:{nameof(resilience.SamplingDuration)}", resilience.SamplingDuration, MinimumBreakerWindow, failures);
        CheckDuration($"{Section}:{nameof(resilience.BreakDuration)}", resilience.BreakDuration, MinimumBreakerWindow, failures);
    }

    private void CheckDuration(string property, TimeSpan value, TimeSpan minimum, List<string> failures)
    {
        if (value < minimum || value > MaximumDuration)
        {
            failures.Add($"{Key(property)} must be from {minimum:c} to {MaximumDuration:c}; {value:c} is not.");
        }
    }
}
