namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>Size limits the hookpoint parser enforces while it reads a request body.</summary>
public sealed record HookpointLimits
{
    /// <summary>The default limit on a text hookpoint body: 64 KiB.</summary>
    public const int DefaultMaxTextBodySize = 64 * 1024;

    /// <summary>The default limit on a received file: 25 MiB.</summary>
    public const long DefaultMaxFileSize = 25L * 1024 * 1024;

    /// <summary>The default limits.</summary>
    public static HookpointLimits Default { get; } = new();

    /// <summary>
    /// Gets the largest body accepted on <c>messageForCustomer</c>, <c>typingIndicatorForCustomer</c> and
    /// <c>endSession</c>, and the largest text field of an upload, in bytes.
    /// </summary>
    /// <value>Defaults to 65,536 (64 KiB).</value>
    public int MaxTextBodySize { get; init; } = DefaultMaxTextBodySize;

    /// <summary>Gets the largest file accepted on <c>uploadForCustomer</c>, in bytes.</summary>
    /// <value>Defaults to 26,214,400 (25 MiB).</value>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;
}
