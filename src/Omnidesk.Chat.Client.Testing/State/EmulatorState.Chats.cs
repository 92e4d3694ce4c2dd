using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorState
{
    /// <summary>Gets the time seeded chats count from: chat number n is created n minutes after it (2026-01-01T00:00Z).</summary>
    public static DateTimeOffset SeedEpoch { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<Guid, EmulatedChat> _chats = [];
    private readonly List<Guid> _chatOrder = [];
    private int _nextChatNumber = 1;

    /// <summary>Gets a snapshot of every v1 chat, removed ones included, in creation order.</summary>
    public IReadOnlyList<EmulatedChat> Chats
    {
        get
        {
            lock (_gate)
            {
                return [.. _chatOrder.Select(id => _chats[id])];
            }
        }
    }

    /// <summary>Gets a v1 chat (removed or not), or <see langword="null"/>.</summary>
    /// <param name="id">The chat id.</param>
    /// <returns>The chat, or <see langword="null"/>.</returns>
    public EmulatedChat? FindChat(Guid id)
    {
        lock (_gate)
        {
            return _chats.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Adds <paramref name="count"/> v1 chats with deterministic, fully filled fields. Chat number n of the
    /// emulator (1-based, counting every chat created so far) gets id <see cref="EmulatorIds.ChatId"/>(n), title
    /// <c>"Chat 001"</c> (n, three digits at least), <c>createdAt</c> = <see cref="SeedEpoch"/> + n minutes,
    /// <c>lastChatMessageCreatedAt</c> 30 seconds later, channel type <c>widget</c>, the
    /// <see cref="EmulatorIds"/> channel, owner and responder, an open ticket and two messages.
    /// </summary>
    /// <param name="count">How many chats to add (0 or more).</param>
    /// <param name="configure">
    /// Changes chat <c>i</c> of this call (0-based) before it is stored, for example
    /// <c>(i, chat) =&gt; chat with { ChannelType = i % 2 == 0 ? "widget" : "api" }</c>.
    /// </param>
    /// <returns>The chats added, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">A configured id is already used.</exception>
    public IReadOnlyList<EmulatedChat> SeedChats(int count, Func<int, EmulatedChat, EmulatedChat>? configure = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var added = new List<EmulatedChat>(count);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                var chat = DefaultSeed(_nextChatNumber);
                chat = configure is null ? chat : configure(i, chat);
                if (_chats.ContainsKey(chat.Id))
                {
                    throw new InvalidOperationException($"The emulator already has a chat {chat.Id}.");
                }

                _nextChatNumber++;
                Store(chat);
                added.Add(chat);
            }
        }

        return added;
    }

    internal EmulatedChat CreateChat(Guid? channelId, Guid ownerId, string? title)
    {
        lock (_gate)
        {
            var now = Now();
            var chat = new EmulatedChat
            {
                Id = EmulatorIds.ChatId(_nextChatNumber++),
                CreatedAt = now,
                UpdatedAt = now,
                ChannelId = channelId,
                ChannelType = channelId is null ? null : "api",
                ChannelName = channelId is null ? null : "API",
                CurrentResponderId = EmulatorIds.ResponderId,
                OwnerId = ownerId,
                ResponderId = EmulatorIds.ResponderId,
                Title = title,
                WorkspaceId = EmulatorIds.WorkspaceId,
                IsOwnerBlocked = false,
                ResponderEntity = "agent",
                ResponderName = "Emulator Agent",
            };
            Store(chat);
            return chat;
        }
    }

    /// <summary>Replaces a chat that is not removed; returns <see langword="null"/> when there is none.</summary>
    internal EmulatedChat? UpdateChat(Guid id, Func<EmulatedChat, DateTimeOffset, EmulatedChat> update)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(id, out var chat) || chat.IsRemoved)
            {
                return null;
            }

            var updated = update(chat, Now());
            _chats[id] = updated;
            return updated;
        }
    }

    internal IReadOnlyList<EmulatedChat> QueryChats(ChatFilter filter)
    {
        lock (_gate)
        {
            return
            [
                .. _chatOrder.Select(id => _chats[id])
                    .Where(filter.Matches)
                    .Skip((int)Math.Min(int.MaxValue, ((long)filter.PageNumber - 1) * filter.PageSize))
                    .Take(filter.PageSize),
            ];
        }
    }

    private static EmulatedChat DefaultSeed(int number)
    {
        var createdAt = SeedEpoch.AddMinutes(number);
        var label = number.ToString("000", CultureInfo.InvariantCulture);
        return new EmulatedChat
        {
            Id = EmulatorIds.ChatId(number),
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            ChannelId = EmulatorIds.ChannelId,
            ChannelName = "Website widget",
            ChannelType = "widget",
            CurrentResponderId = EmulatorIds.ResponderId,
            LastChatMessageCreatedAt = createdAt.AddSeconds(30),
            OwnerId = EmulatorIds.OwnerId,
            ResponderId = EmulatorIds.ResponderId,
            Title = "Chat " + label,
            WorkspaceId = EmulatorIds.WorkspaceId,
            IsOwnerBlocked = false,
            LastMessageContent = "Agent reply in chat " + label,
            LastMessageRole = "agent",
            OwnerIdentifier = "customer-" + label,
            OwnerName = "Customer " + label,
            PenultimateMessageContent = "Customer question in chat " + label,
            PenultimateMessageCreatedAt = createdAt.AddSeconds(10),
            PenultimateMessageRole = "user",
            ResponderEntity = "agent",
            ResponderName = "Emulator Agent",
            ResponderVersionId = null,
            ResponderVersionNumber = null,
            TicketId = Guid.Parse("00000000-0000-4000-8000-" + (0xd00000000000L + number).ToString("x12", CultureInfo.InvariantCulture)),
            TicketStatus = "open",
        };
    }

    private void Store(EmulatedChat chat)
    {
        _chats.Add(chat.Id, chat);
        _chatOrder.Add(chat.Id);
    }
}
