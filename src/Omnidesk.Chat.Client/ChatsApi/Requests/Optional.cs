namespace Omnidesk.Chat.Client;

/// <summary>
/// A field of a partial update that is either left out (<see langword="default"/>: the server leaves the field
/// unchanged) or set to a value, which may be <see langword="null"/> to clear the field.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <example>
/// <code>
/// new UpdateChatRequest { Title = "Billing question" }   // sends {"title":"Billing question"}
/// new UpdateChatRequest { Title = null }                 // sends {"title":null}
/// new UpdateChatRequest()                                // sends {}
/// </code>
/// </example>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    /// <summary>Creates a field that is set to <paramref name="value"/>.</summary>
    /// <param name="value">The value to send, <see langword="null"/> included.</param>
    public Optional(T value)
    {
        Value = value;
        IsSet = true;
    }

    /// <summary>A field that is left out of the request: the server leaves it unchanged.</summary>
    public static Optional<T> Unset => default;

    /// <summary>Whether the field is sent.</summary>
    public bool IsSet { get; }

    /// <summary>The value sent when <see cref="IsSet"/>; <see langword="default"/> otherwise.</summary>
    public T Value { get; }

    /// <summary>Whether two fields are both unset, or both set to equal values.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Whether two fields differ.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <summary>Sets the field to <paramref name="value"/> (<see langword="null"/> clears it on the server).</summary>
    /// <param name="value">The value to send.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>Creates a field set to <paramref name="value"/> (the named form of the implicit conversion).</summary>
    /// <param name="value">The value to send, <see langword="null"/> included.</param>
    /// <returns>The set field.</returns>
    public static Optional<T> Set(T value) => new(value);

    /// <inheritdoc/>
    public bool Equals(Optional<T> other) =>
        IsSet == other.IsSet && (!IsSet || EqualityComparer<T>.Default.Equals(Value, other.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsSet ? HashCode.Combine(true, Value) : 0;

    /// <summary>Describes the field.</summary>
    /// <returns><c>(unset)</c>, <c>null</c> or the value.</returns>
    public override string ToString() => !IsSet ? "(unset)" : Value?.ToString() ?? "null";
}
