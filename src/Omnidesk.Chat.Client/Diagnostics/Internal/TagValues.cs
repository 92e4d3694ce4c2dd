namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>
/// Status codes and attempt counts as tag values (<see cref="object"/>): each number is boxed once and the box
/// reused, rather than boxed again for every span tag and measurement of every call.
/// </summary>
internal static class TagValues
{
    private static readonly object?[] Boxes = new object?[600];

    /// <summary><paramref name="value"/>, boxed; numbers from 0 to 599 (every status code) come from the cache.</summary>
    public static object Of(int value) =>
        (uint)value < (uint)Boxes.Length ? Boxes[value] ??= value : value;
}
