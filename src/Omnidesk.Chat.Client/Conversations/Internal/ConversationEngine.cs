using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// The conversation layer: <see cref="IOmnideskConversations"/>, the work behind every <see cref="OmnideskConversation"/>,
/// and the intake of hookpoints. Holds no conversation state of its own: everything is in the store, so any number of
/// instances sharing a store agree.
/// </summary>
internal sealed partial class ConversationEngine : IOmnideskConversations, IDisposable
{
    /// <summary>The reader name of <see cref="OmnideskConversation.ReadEventsAsync(CancellationToken)"/>.</summary>
    public const string DefaultReader = "default";

    private const int MaxPageSize = 1_000;

    private readonly IServiceProvider _services;
    private readonly string? _account;
    private readonly IOmnideskConversationStore _store;
    private readonly OmnideskConversationsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IdleMonitor? _idle;

    /// <param name="services">Where the account's chat API is resolved from.</param>
    /// <param name="account">The account whose chat API the conversations call; <see langword="null"/> for the unnamed clients.</param>
    /// <param name="store">The account's store.</param>
    /// <param name="options">The account's options.</param>
    /// <param name="time">The clock of the idle checks and expiries.</param>
    /// <param name="logger">The conversation layer's log (an account's logs under <c>Omnidesk.Chat.Client.Accounts.{account}.Conversations</c>).</param>
    public ConversationEngine(
        IServiceProvider services,
        string? account,
        IOmnideskConversationStore store,
        OmnideskConversationsOptions options,
        TimeProvider time,
        ILogger logger)
    {
        _services = services;
        _account = account;
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
        if (_options.IdleTimeout is { } idleTimeout)
        {
            _idle = new IdleMonitor(this, idleTimeout, _options, time, logger);
        }
    }

    internal IOmnideskConversationStore Store => _store;

    /// <summary>The account's chat API, resolved per call: it is a typed client of the HTTP client factory.</summary>
    private IOmnideskChatApi Api => AccountServices.GetRequired<IOmnideskChatApi>(_services, _account);

    public async Task<OmnideskConversation?> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var record = await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return record is null || record.Status == ConversationStatus.Starting ? null : new OmnideskConversation(this, record);
    }

    public async Task<ConversationPage<OmnideskConversation>> ListOpenAsync(int pageSize = 50, string? pageToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var page = await _store.ListOpenAsync(pageSize, pageToken, cancellationToken).ConfigureAwait(false);
        return new ConversationPage<OmnideskConversation>(
            page.Items.Select(record => new OmnideskConversation(this, record)).ToList(), page.NextPageToken);
    }

    public void Dispose() => _idle?.Dispose();
}
