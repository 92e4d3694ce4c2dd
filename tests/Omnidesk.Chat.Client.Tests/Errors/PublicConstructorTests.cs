using System.Net;
using System.Reflection;

namespace Omnidesk.Chat.Client.Tests.Errors;

/// <summary>
/// A user who stands in for <see cref="IOmnideskChatApi"/> in their own unit tests throws the SDK's exceptions
/// themselves: each has public constructors, and the messages they make say what failed without any secret.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class PublicConstructorTests
{
    [Test]
    public void ApiException_FromStatusAndServerMessage_ReadsLikeTheSdksOwn()
    {
        var error = new OmnideskApiException("notifyUserNewChatMessage", HttpStatusCode.Unauthorized, "Invalid API key.");

        Assert.That(error.Message, Is.EqualTo("notifyUserNewChatMessage failed with 401: Invalid API key."));
        Assert.That(error.Operation, Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.ServerMessage, Is.EqualTo("Invalid API key."));
        Assert.That(error.ResponseBody, Is.Null);
    }

    [Test]
    public void ApiException_EveryDetail_KeepsThem()
    {
        var inner = new FormatException("bad json");

        var error = new OmnideskApiException("chats.update", HttpStatusCode.OK, null, "{\"oops\"", "chats.update failed: not the JSON expected.", inner);

        Assert.That(error.Message, Is.EqualTo("chats.update failed: not the JSON expected."));
        Assert.That(error.ResponseBody, Is.EqualTo("{\"oops\""));
        Assert.That(error.InnerException, Is.SameAs(inner));
    }

    [Test]
    public void DeliveryUnknownException_OperationOnly_SaysToCheckBeforeSendingAgain()
    {
        var error = new OmnideskDeliveryUnknownException("addAttachment");

        Assert.That(error.Message, Is.EqualTo(
            "addAttachment: delivery unknown — the request was sent but no answer came, so the server may or may not have stored it; " +
            "check before sending again (sending it blindly may create a duplicate)."));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Operation, Is.EqualTo("addAttachment"));
    }

    [Test]
    public void DeliveryUnknownException_WhatHappenedAndAttempts_AreInTheMessageAndProperties()
    {
        var lost = new HttpRequestException("reset");

        var error = new OmnideskDeliveryUnknownException("notifyUserNewChatMessage", "the connection was lost before the answer came", 2, lost);

        Assert.That(error.Message, Does.StartWith("notifyUserNewChatMessage: delivery unknown — the request was sent but the connection was lost before the answer came,"));
        Assert.That(error.Attempts, Is.EqualTo(2));
        Assert.That(error.InnerException, Is.SameAs(lost));
    }

    [TestCase(OmnideskUnavailableReason.CouldNotConnect, 1, "requestChatQueue failed: could not connect to Omnidesk; nothing was sent.")]
    [TestCase(OmnideskUnavailableReason.TimedOut, 1, "requestChatQueue failed: no answer from Omnidesk in time.")]
    [TestCase(OmnideskUnavailableReason.CircuitOpen, 0, "requestChatQueue was not sent: calls to Omnidesk fail fast after repeated failures (the circuit breaker is open). Nothing was sent; try again later.")]
    public void UnavailableException_Reason_HasTheSdksWordsForIt(OmnideskUnavailableReason reason, int attempts, string message)
    {
        var error = new OmnideskUnavailableException("requestChatQueue", reason);

        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Reason, Is.EqualTo(reason));
        Assert.That(error.Attempts, Is.EqualTo(attempts));
        Assert.That(error.RetryAfter, Is.Null);
    }

    [Test]
    public void UnavailableException_CircuitOpenWithRetryAfter_KeepsIt()
    {
        var error = new OmnideskUnavailableException("requestChatQueue", OmnideskUnavailableReason.CircuitOpen, 0, "Not sent: the circuit is open.", null, TimeSpan.FromSeconds(20));

        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Constructors_BadArguments_ThrowBeforeAnExceptionExists()
    {
        Assert.Throws<ArgumentException>(() => _ = new OmnideskApiException("", HttpStatusCode.BadRequest, null));
        Assert.Throws<ArgumentException>(() => _ = new OmnideskApiException("op", HttpStatusCode.BadRequest, null, null, "", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OmnideskDeliveryUnknownException("op", "no answer came", 0, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OmnideskUnavailableException("op", (OmnideskUnavailableReason)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OmnideskUnavailableException("op", OmnideskUnavailableReason.TimedOut, -1, "m", null));
    }

    [Test]
    public async Task StandIn_ThrowsTheSdksException_TheCallersHandlingSeesIt()
    {
        var api = ThrowingChatApi.Create(new OmnideskUnavailableException("notifyUserNewChatMessage", OmnideskUnavailableReason.TimedOut));

        var outcome = await RelayAsync(api, "Hello");

        Assert.That(outcome, Is.EqualTo("queued for later: notifyUserNewChatMessage failed: no answer from Omnidesk in time."));
    }

    /// <summary>The user's code under test: what it does when Omnidesk is unavailable.</summary>
    private static async Task<string> RelayAsync(IOmnideskChatApi api, string text)
    {
        try
        {
            await api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = text });
            return "sent";
        }
        catch (OmnideskUnavailableException unavailable)
        {
            return $"queued for later: {unavailable.Message}";
        }
    }

    /// <summary>A stand-in for the interface, as a mocking library would make one: every call throws the given exception.</summary>
    public class ThrowingChatApi : DispatchProxy
    {
        private Exception? _error;

        public static IOmnideskChatApi Create(Exception error)
        {
            var api = DispatchProxy.Create<IOmnideskChatApi, ThrowingChatApi>();
            ((ThrowingChatApi)(object)api)._error = error;
            return api;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var resultType = targetMethod!.ReturnType.GetGenericArguments()[0];
            return typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!
                .MakeGenericMethod(resultType)
                .Invoke(null, [_error!]);
        }
    }
}
