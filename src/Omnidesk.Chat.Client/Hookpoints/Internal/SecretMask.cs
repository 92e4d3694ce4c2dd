namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>The secrets to mask, each in its plain and percent-encoded form, longest first.</summary>
internal sealed class SecretMask
{
    private readonly string[] _forms;

    public SecretMask(IEnumerable<string?> secrets)
    {
        _forms = [.. secrets
            .Where(secret => !string.IsNullOrEmpty(secret))
            .SelectMany(secret => new[] { secret!, Uri.EscapeDataString(secret!) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(form => form.Length)];
    }

    public bool IsEmpty => _forms.Length == 0;

    public string Apply(string text)
    {
        foreach (var form in _forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                text = text.Replace(form, OmnideskSecretRedaction.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Masks a state or scope value: text and anything whose text shows a secret become masked text.</summary>
    public object? Apply(object? value)
    {
        if (value is null or ValueType)
        {
            return value;
        }

        var text = value as string ?? value.ToString();
        if (text is null)
        {
            return value;
        }

        var masked = Apply(text);
        return ReferenceEquals(masked, text) ? value : masked;
    }
}
