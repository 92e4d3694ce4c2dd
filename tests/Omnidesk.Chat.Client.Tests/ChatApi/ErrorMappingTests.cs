using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>Every failed answer becomes an <see cref="OmnideskApiException"/> whose message says what failed.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ErrorMappingTests
{
    private static readonly NewChatMessage Hello = new() { ChatSessionId = "session-1", Message = "Hello" };

    [Test]
    public async Task Status400WithErrorBody_ThrowsWithTheServersMessage()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(400));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.NotifyUserNewChatMessageAsync(Hello));

        Assert.That(error!.Message, Is.EqualTo("notifyUserNewChatMessage failed with 400: Emulated fault: HTTP 400."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.ServerMessage, Is.EqualTo("Emulated fault: HTTP 400."));
        Assert.That(error.Operation, Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(error.ResponseBody, Is.EqualTo("""{"status":"error","message":"Emulated fault: HTTP 400."}"""));
    }

    [Test]
    public async Task Status401WrongApiKey_ThrowsWithAHintAndWithoutTheKey()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ApiKey = "wrong-key-123");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.NotifyUserNewChatMessageAsync(Hello));

        Assert.That(error!.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed with 401: Invalid API key. Check Omnidesk:ApiKey (a key with the API_CHAT permission) and the chat account token."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.ToString(), Does.Not.Contain("wrong-key-123"));
    }

    [Test]
    public async Task Status401WrongChatServerToken_NamesTheChatServiceTokens()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatServerToken = "wrongServerToken9");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.AreAgentsAvailableAsync());

        Assert.That(error!.Message, Is.EqualTo(
            "chatService.requestChatConfig failed with 401: Invalid chat server token. Check Omnidesk:ChatAccountToken and Omnidesk:ChatServerToken."));
    }

    [Test]
    public async Task Status404UnknownSession_ThrowsWithTheServersMessage()
    {
        await using var host = await ChatTestHost.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskApiException>(() =>
            host.Api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "nobody-1", Event = ChatEventType.StartedTyping }));

        Assert.That(error!.Message, Is.EqualTo("notifyUserNewChatEvent failed with 404: Unknown chatSessionID 'nobody-1'."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Status409EndedSession_ThrowsWithTheServersMessage()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");
        await host.Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "session-1" });

        var error = Assert.ThrowsAsync<OmnideskApiException>(() =>
            host.Api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "session-1", Url = "https://www.brand.com/" }));

        Assert.That(error!.Message, Is.EqualTo("notifyUserVisited failed with 409: Chat session 'session-1' has ended."));
    }

    [Test]
    public async Task Status500_ThrowsSayingTheFailureIsOnOmnidesksSide()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(500));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.NotifyUserNewChatMessageAsync(Hello));

        Assert.That(error!.Message, Is.EqualTo("notifyUserNewChatMessage failed with 500: Emulated fault: HTTP 500. The failure is on Omnidesk's side: try again later."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task Status200WithErrorBody_ThrowsSayingTheBodySaysError()
    {
        await using var host = await ChatTestHost.StartAsync(client: builder => builder.AddHttpMessageHandler(() => new ErrorsAsOkHandler()));
        host.SeedSession("session-1");
        await host.Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "session-1" });

        var error = Assert.ThrowsAsync<OmnideskApiException>(() =>
            host.Api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "session-1", Url = "https://www.brand.com/" }));

        Assert.That(error!.Message, Is.EqualTo("notifyUserVisited failed: Omnidesk answered 200 but its body says error: Chat session 'session-1' has ended."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.ServerMessage, Is.EqualTo("Chat session 'session-1' has ended."));
    }

    [Test]
    public async Task MalformedJson_OnAMessage_ThrowsDeliveryUnknownWithTheUnreadAnswerInside()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.MalformedJson());

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => host.Api.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo(
            "notifyUserNewChatMessage: delivery unknown — the request was sent but Omnidesk answered 200 with a body that could not be read (see InnerException), " +
            "so the server may or may not have stored it; check before sending again (sending it blindly may create a duplicate)."));
        Assert.That(error.Attempts, Is.EqualTo(1));
        var answer = (OmnideskApiException)error.InnerException!;
        Assert.That(answer.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed: Omnidesk answered 200 with a body that is not the JSON expected (at $.message), so it is not known what the server did. The body is in ResponseBody."));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.ResponseBody, Is.EqualTo("""{"type":"result","message":"M"""));
        Assert.That(answer.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
        Assert.That(host.Emulator.State.FindSession("session-1")!.Messages, Has.Count.EqualTo(1), "the server did take the message: resending it would store it twice");
    }

    [Test]
    public async Task EmptyBody_OnAMessage_ThrowsDeliveryUnknown()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.EmptyBody());

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => host.Api.NotifyUserNewChatMessageAsync(Hello))!;

        var answer = (OmnideskApiException)error.InnerException!;
        Assert.That(answer.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed: Omnidesk answered 200 with an empty body where a JSON result was expected, so it is not known what the server did."));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.ResponseBody, Is.Empty);
    }

    [Test]
    public async Task MalformedJson_OnARead_ThrowsApiException()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.RequestChatConfig, 1, EmulatorFault.MalformedJson());

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => host.Api.RequestChatConfigAsync())!;

        Assert.That(error.Message, Does.StartWith("requestChatConfig failed: Omnidesk answered 200 with a body that is not the JSON expected"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task EmptyBody_OnAnUndocumentedShape_IsAnEmptyResult()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 1, EmulatorFault.EmptyBody());

        var queue = await host.Api.RequestChatQueueAsync();

        Assert.That(queue, Is.EqualTo(new ChatQueue()));
    }

    /// <summary>Plays a server that reports errors with status 200: the emulator's error answer, re-labelled 200.</summary>
    private sealed class ErrorsAsOkHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.StatusCode = HttpStatusCode.OK;
            return response;
        }
    }
}
