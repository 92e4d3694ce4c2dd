namespace Omnidesk.Chat.Client.Serialization.Internal;

/// <summary>
/// A server-defined set of strings read as a struct: known values are static members, and any other value
/// the server sends is kept as it came, so a new value never breaks reading.
/// </summary>
/// <typeparam name="TSelf">The struct itself.</typeparam>
internal interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The value as it is on the wire.</summary>
    string Value { get; }

    /// <summary>Makes the struct from its wire value.</summary>
    static abstract TSelf FromWire(string value);
}
