using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Faults;

[Parallelizable(ParallelScope.All)]
public sealed class FaultTests
{
    private const EmulatorEndpoint Message = EmulatorEndpoint.NotifyUserNewChatMessage;

    [Test]
    public async Task Status429WithRetryAfter_AnswersTheStatusAndHeader_WithoutProcessing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.Status(429, TimeSpan.FromMilliseconds(1500)));
        using var http = Wire.Client(emulator);

        using var faulted = await http.SendAsync(MessageRequest());
        using var next = await http.SendAsync(MessageRequest());

        Assert.That(await Wire.ErrorOf(faulted), Is.EqualTo((429, "Emulated fault: HTTP 429.")));
        Assert.That(faulted.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)), "whole seconds, rounded up");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Messages, Has.Count.EqualTo(1), "only the second call was stored");
        Assert.That(emulator.Requests[0].Fault!.StatusCode, Is.EqualTo(429));
        Assert.That(emulator.Requests[1].Fault, Is.Null);
    }

    [TestCase(500)]
    [TestCase(503)]
    public async Task StatusWithoutRetryAfter_SendsNoRetryAfterHeader(int status)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.Status(status));
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(MessageRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Headers.RetryAfter, Is.Null);
        Assert.That(emulator.State.Sessions, Is.Empty);
    }

    [Test]
    public async Task Next_AppliesToTheGivenEndpointAndCountOnly()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(EmulatorEndpoint.ListChats, 2, EmulatorFault.Status(503));
        using var http = Wire.Client(emulator);

        var statuses = new List<int>();
        foreach (var path in new[] { "api/v1/chats/details", "api/v1/chats", "api/v1/chats", "api/v1/chats" })
        {
            using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, path));
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 200, 503, 503, 200 }));
    }

    [Test]
    public async Task Next_NullEndpoint_AppliesToAnyEndpoint_AndScriptsRunInOrder()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(null, 1, EmulatorFault.Status(500));
        emulator.Faults.Next(null, 1, EmulatorFault.Status(503));
        using var http = Wire.Client(emulator);

        using var first = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));
        using var second = await http.SendAsync(ValidRequests.For(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, Guid.Empty));
        using var third = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));

        Assert.That(
            new[] { first.StatusCode, second.StatusCode, third.StatusCode },
            Is.EqualTo(new[] { HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }));
    }

    [Test]
    public async Task Delay_WaitsThenAnswersNormally()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.Delay(TimeSpan.FromMilliseconds(300)));
        using var http = Wire.Client(emulator);

        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(MessageRequest());
        watch.Stop();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delay_CallerGivesUp_TheEmulatorKeepsServing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.Delay(TimeSpan.FromSeconds(30)));
        using var impatient = new HttpClient { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        using var http = Wire.Client(emulator);

        Assert.That(async () => await impatient.SendAsync(MessageRequest()), Throws.InstanceOf<TaskCanceledException>());
        using var after = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DropBeforeProcessing_CallerSeesAConnectionError_AndNothingIsStored()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.DropBeforeProcessing());
        using var http = Wire.Client(emulator);

        Assert.That(async () => await http.SendAsync(MessageRequest()), Throws.InstanceOf<HttpRequestException>());

        Assert.That(emulator.State.Sessions, Is.Empty);
        var recorded = emulator.Requests.Single();
        Assert.That(recorded.ResponseStatus, Is.Null);
        Assert.That(recorded.Fault!.Kind, Is.EqualTo(EmulatorFaultKind.DropBeforeProcessing));
        Assert.That(recorded.Form["message"], Is.EqualTo("Hello, I need help"));
    }

    [Test]
    public async Task DropAfterProcessing_StoresTheMessage_ButTheCallerSeesAConnectionError()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.DropAfterProcessing());
        using var http = Wire.Client(emulator);

        Assert.That(async () => await http.SendAsync(MessageRequest()), Throws.InstanceOf<HttpRequestException>());

        var session = emulator.State.FindSession(Wire.SessionId)!;
        Assert.That(session.Messages.Single().Message, Is.EqualTo("Hello, I need help"));
        Assert.That(session.TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(emulator.Requests.Single().ResponseStatus, Is.Null);
    }

    [Test]
    public async Task MalformedJson_Answers200WithATruncatedBody_AfterProcessing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.MalformedJson());
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(MessageRequest());
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.StartWith("{\"type\":\"result\""));
        Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task EmptyBody_Answers200WithNoContent_AfterProcessing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(Message, 1, EmulatorFault.EmptyBody());
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(MessageRequest());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Random_SameSeed_GivesTheSameFaultsEveryRun()
    {
        var first = await RandomStatuses(seed: 42, probability: 0.5);
        var second = await RandomStatuses(seed: 42, probability: 0.5);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain(200));
        Assert.That(first.Intersect([500, 503]), Is.Not.Empty);
    }

    [TestCase(0.0, 0)]
    [TestCase(1.0, 20)]
    public async Task Random_ProbabilityBounds_NeverOrAlways(double probability, int expectedFaults)
    {
        var statuses = await RandomStatuses(seed: 7, probability);

        Assert.That(statuses.Count(s => s != 200), Is.EqualTo(expectedFaults));
    }

    [Test]
    public async Task Clear_RemovesScheduledFaults()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Next(null, 5, EmulatorFault.Status(500));
        emulator.Faults.Random(null, 1.0, 1, EmulatorFault.Status(503));

        emulator.Faults.Clear();
        using var http = Wire.Client(emulator);
        using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Factories_BadArguments_Throw()
    {
        Assert.That(() => EmulatorFault.Status(200), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => EmulatorFault.Status(429, TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => EmulatorFault.Delay(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(EmulatorFault.Status(429, TimeSpan.FromSeconds(3)).ToString(), Is.EqualTo("Status(429, Retry-After 3s)"));
    }

    private static async Task<int[]> RandomStatuses(int seed, double probability)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.Faults.Random(EmulatorEndpoint.ListChats, probability, seed, EmulatorFault.Status(500), EmulatorFault.Status(503));
        using var http = Wire.Client(emulator);
        var statuses = new int[20];
        for (var i = 0; i < statuses.Length; i++)
        {
            using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));
            statuses[i] = (int)response.StatusCode;
        }

        return statuses;
    }

    private static HttpRequestMessage MessageRequest() => ValidRequests.For(Message, Guid.Empty);
}
