namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>The secrets to mask, each in its plain and percent-encoded form, longest first.</summary>
internal sealed class SecretMask
{
    private readonly string[] _forms;

    public SecretMask(IEnumerable<string?> secrets)
    {
        // A plain loop, not LINQ: a receiver builds one for each request whose span records (the presented token).
        var forms = new List<string>(2);
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            AddOnce(forms, secret);
            AddOnce(forms, Uri.EscapeDataString(secret));
        }

        // Longest first, so that a secret inside a longer one never leaves the rest of the longer one showing.
        forms.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        _forms = [.. forms];
    }

    public bool IsEmpty => _forms.Length == 0;

    private static void AddOnce(List<string> forms, string form)
    {
        if (!forms.Contains(form))
        {
            forms.Add(form);
        }
    }

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
