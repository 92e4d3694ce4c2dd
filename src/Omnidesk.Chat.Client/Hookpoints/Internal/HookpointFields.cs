namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The fields of one hookpoint body, whatever its encoding, matched case-insensitively. A value of
/// <see langword="null"/> means the field was there but was not text (a JSON object or array).
/// </summary>
internal sealed class HookpointFields
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the name of the first field that appeared twice, if any.</summary>
    public string? DuplicateName { get; private set; }

    public void Add(string name, string? value)
    {
        if (!_values.TryAdd(name, value))
        {
            DuplicateName ??= name;
        }
    }

    public bool TryGet(string name, out string? value) => _values.TryGetValue(name, out value);
}
