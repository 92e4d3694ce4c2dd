using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.AspNetCore.Tests.Accounts;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>
/// The receiver's intake stage through its public contract (<see cref="IOmnideskHookpointIntake"/>), as another
/// package or the app would use it: steps in registration order, then the user's handler, and the answer each
/// failure gets.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointIntakeTests
{
    [Test]
    public async Task IntakeSteps_RunInRegistrationOrderThenTheHandler_WhicheverWasRegisteredFirst()
    {
        var journal = new Journal();
        await using var server = await HookpointTestServer.StartAsync(services => services
            .AddSingleton(journal)
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("first", journal))
            .AddOmnideskHookpoints<RecordingHookpointHandler>(options => options.Token = HookpointTestServer.Token)
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("second", journal)),
            onEvent: (hookpointEvent, _) =>
            {
                journal.Add("handler " + hookpointEvent.SessionId);
                return ValueTask.CompletedTask;
            });

        using var response = await server.PostAsync("messageForCustomer", Message("s1"));

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "ok")));
        Assert.That(journal.Entries, Is.EqualTo(new[] { "first s1", "second s1", "handler s1" }));
    }

    [Test]
    public async Task IntakeStep_StoreUnavailable_Answers503WithItsReason_LaterStepsAndTheHandlerNotCalled()
    {
        var journal = new Journal();
        await using var server = await HookpointTestServer.StartAsync(services => services
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("first", journal,
                new OmnideskStoreUnavailableException("conversation store append", "test store did not answer within 1 s")))
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("second", journal))
            .AddOmnideskHookpoints<RecordingHookpointHandler>(options => options.Token = HookpointTestServer.Token));

        using var response = await server.PostAsync("messageForCustomer", Message("s2"));

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.ServiceUnavailable,
            "conversation store append: the conversation store is unavailable: test store did not answer within 1 s")));
        Assert.That(journal.Entries, Is.EqualTo(new[] { "first s2" }), "the second step never saw it");
        Assert.That(server.Recorder.HandlerCalls, Is.Zero, "the handler is never told of an event that was not stored");
        Assert.That(server.HookpointLogs.Single(r => r.Level == LogLevel.Warning).Message, Is.EqualTo(
            "Hookpoint MessageForCustomer: answered 503, the event was not kept: conversation store append: the conversation store is unavailable: test store did not answer within 1 s"));
    }

    [Test]
    public async Task IntakeStep_OtherFailure_Answers500NamingTheStep_TheHandlerNotCalled()
    {
        var journal = new Journal();
        await using var server = await HookpointTestServer.StartAsync(services => services
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("first", journal, new InvalidOperationException("index corrupt")))
            .AddOmnideskHookpoints<RecordingHookpointHandler>(options => options.Token = HookpointTestServer.Token));

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s3")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
        var error = server.HookpointLogs.Single(r => r.Level == LogLevel.Error);
        Assert.That((error.Message, error.Exception?.Message), Is.EqualTo((
            "Hookpoint EndSession: the intake step JournalStep failed; the handler was not called; answered 500.", "index corrupt")));
    }

    [Test]
    public async Task ReceiverWithoutHandler_IntakeStepsAlone_GetEveryEventAndAnswerOk()
    {
        var journal = new Journal();
        await using var server = await HookpointTestServer.StartAsync(services => services
            .AddOmnideskHookpoints(options => options.Token = HookpointTestServer.Token)
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("only", journal)));

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s4")));

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "{\"message\":\"ok\"}")));
        Assert.That(journal.Entries, Is.EqualTo(new[] { "only s4" }));
    }

    [Test]
    public void Map_ReceiverThatNothingReads_ThrowsSayingWhatToRegister()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddOmnideskHookpoints(options => options.Token = HookpointTestServer.Token);
        using var app = builder.Build();

        Assert.That(() => app.MapOmnideskHookpoints(), Throws.InvalidOperationException.With.Message.EqualTo(
            "Nothing reads the Omnidesk hookpoints: register your handler with services.AddOmnideskHookpoints<THandler>(), " +
            "or conversations with services.AddOmnideskChat().AddOmnideskConversations(); otherwise every agent message would be answered ok and dropped."));
    }

    [Test]
    public async Task TwoAccounts_EachRouteSetRunsOnlyItsOwnIntakeSteps()
    {
        var journal = new Journal();
        await using var app = await TwoBrandsApp.StartAsync(moreServices: services => services
            .AddSingleton<IOmnideskHookpointIntake>(new JournalStep("A", journal))
            .AddKeyedSingleton<IOmnideskHookpointIntake>(TwoBrandsApp.BrandB, new JournalStep("B", journal)));
        await app.ChatA.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "a-1", Message = "Hi" });
        await app.ChatB.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "b-1", Message = "Hoi" });

        await app.BrandA.Agent.SendMessageAsync("a-1", "Hello", "Anna");
        await app.BrandBEmulator.Agent.SendMessageAsync("b-1", "Dag", "Bram");

        Assert.That(journal.Entries, Is.EqualTo(new[] { "A a-1", "B b-1 (brand-b)" }));
        Assert.That(app.Recorder.Received.Select(received => (received.Event.SessionId, received.Event.Account)),
            Is.EqualTo(new[] { ("a-1", (string?)null), ("b-1", TwoBrandsApp.BrandB) }));
    }

    private static HttpContent Message(string sessionId) =>
        HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", sessionId), ("message", "hi"));

    /// <summary>What the steps and the handler saw, in order.</summary>
    private sealed class Journal
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public IReadOnlyList<string> Entries => [.. _entries];

        public void Add(string entry) => _entries.Enqueue(entry);
    }

    /// <summary>An intake step that writes what it got in the journal, then throws <paramref name="failure"/> if given.</summary>
    private sealed class JournalStep(string name, Journal journal, Exception? failure = null) : IOmnideskHookpointIntake
    {
        public ValueTask AcceptAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken)
        {
            journal.Add($"{name} {hookpointEvent.SessionId}" + (hookpointEvent.Account is { } account ? $" ({account})" : string.Empty));
            return failure is null ? ValueTask.CompletedTask : ValueTask.FromException(failure);
        }
    }
}
