using System.Collections;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// A log entry's state or a scope with its secrets masked: the same key/value pairs (structured logging and
/// scope formatters read them) and the masked text as <see cref="ToString"/>.
/// </summary>
internal sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> pairs, string text)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => pairs.Count;

    public KeyValuePair<string, object?> this[int index] => pairs[index];

    /// <summary>Masks a key/value state (its text is <paramref name="formatted"/>, or its own text for a scope).</summary>
    public static RedactedState Of(IReadOnlyList<KeyValuePair<string, object?>> state, SecretMask mask, string? formatted = null)
    {
        var masked = new KeyValuePair<string, object?>[state.Count];
        for (var i = 0; i < state.Count; i++)
        {
            masked[i] = new(state[i].Key, mask.Apply(state[i].Value));
        }

        return new RedactedState(masked, mask.Apply(formatted ?? state.ToString() ?? string.Empty));
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => text;
}
