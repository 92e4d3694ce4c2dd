namespace Omnidesk.Chat.Client;

/// <summary>
/// The changes of <c>PATCH /api/v1/chats/{id}</c>. Only the fields that are set are sent; a field set to
/// <see langword="null"/> is sent as <c>null</c> and clears the value on the server; a field left out stays
/// unchanged.
/// </summary>
/// <example>
/// <code>
/// // {"title":"Billing question"}: renames, leaves lastChatMessageCreatedAt as it is.
/// new UpdateChatRequest { Title = "Billing question" };
/// // {"title":null}: clears the title.
/// new UpdateChatRequest { Title = null };
/// </code>
/// </example>
public sealed record UpdateChatRequest
{
    /// <summary>The new title (<c>title</c>), <see langword="null"/> to clear it.</summary>
    /// <value>Defaults to <see cref="Optional{T}.Unset"/>: the title is not sent and stays unchanged.</value>
    public Optional<string?> Title { get; init; }

    /// <summary>The new time of the latest message (<c>lastChatMessageCreatedAt</c>), <see langword="null"/> to clear it.</summary>
    /// <value>Defaults to <see cref="Optional{T}.Unset"/>: the field is not sent and stays unchanged.</value>
    public Optional<DateTimeOffset?> LastChatMessageCreatedAt { get; init; }
}
