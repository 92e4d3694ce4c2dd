using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>The idle timeout on a fake clock: nothing waits for real time.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class IdleTimeoutTests
{
    [Test]
    public async Task IdleTimeout_NobodyWrites_WarnsWithTheChatConfigTextThenEndsThroughNotifyUserEndChat()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await ConversationTestHost.StartAsync(
            options =>
            {
                options.IdleTimeout = TimeSpan.FromMinutes(10);
                options.IdleWarningBefore = TimeSpan.FromMinutes(2);
                options.IdleCheckInterval = TimeSpan.FromSeconds(30);
            },
            clock);
        var conversation = await host.StartConversationAsync("idle-1");

        await AdvanceAsync(host, clock, TimeSpan.FromMinutes(7));
        Assert.That(host.Requests("notifyUserEndChat"), Is.Empty, "7 minutes in: no warning, no end");

        await AdvanceAsync(host, clock, TimeSpan.FromMinutes(1.5));
        var notice = (ConversationNotice)(await EventReader.NextAsync(conversation, 1)).Single();
        Assert.That((notice.Kind, notice.Text), Is.EqualTo((ConversationNoticeKind.IdleWarning, "notice: due to inactivity this session will soon close")));
        Assert.That(notice.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 9, 8, 0, TimeSpan.Zero)));

        await AdvanceAsync(host, clock, TimeSpan.FromMinutes(2));
        var ended = (ConversationEnded)(await EventReader.NextAsync(conversation, 2)).Last();

        Assert.That((ended.EndedBy, ended.Text), Is.EqualTo((ConversationEndedBy.IdleTimeout, "session closed, refresh window to start a new chat")));
        Assert.That(host.Requests("notifyUserEndChat").Single().Form["chatSessionID"], Is.EqualTo("idle-1"));
        Assert.ThrowsAsync<OmnideskConversationEndedException>(() => conversation.SendAsync("hello?"));
    }

    [Test]
    public async Task IdleTimeout_TheAgentWritesInTime_PostponesTheEnd()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await ConversationTestHost.StartAsync(
            options =>
            {
                options.IdleTimeout = TimeSpan.FromMinutes(10);
                options.IdleCheckInterval = TimeSpan.FromSeconds(30);
            },
            clock);
        var conversation = await host.StartConversationAsync("idle-2");

        await AdvanceAsync(host, clock, TimeSpan.FromMinutes(9.5));
        await host.Emulator.Agent.SendMessageAsync("idle-2", "Still here!", "Anna");
        await AdvanceAsync(host, clock, TimeSpan.FromMinutes(5));

        var events = await EventReader.NextAsync(conversation, 3);
        Assert.That(events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(ConversationNotice), nameof(AgentJoined), nameof(AgentMessage) }));
        Assert.That(host.Requests("notifyUserEndChat"), Is.Empty);
        Assert.That(conversation.State.Status, Is.EqualTo(ConversationStatus.Open));
    }

    /// <summary>Moves the fake clock in check-sized steps, letting each check finish before the next.</summary>
    private static async Task AdvanceAsync(ConversationTestHost host, FakeTimeProvider clock, TimeSpan by)
    {
        var monitor = host.App.Services.GetRequiredService<ConversationEngine>().Idle!;
        var step = TimeSpan.FromSeconds(30);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            clock.Advance(step);
            await monitor.LastCheck.WaitAsync(EventReader.Deadline);
        }
    }
}
