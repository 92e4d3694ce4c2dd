using System.Net;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>A leaked token is replaced without missing a message: old and new both work until the old is removed.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointTokenRotationTests
{
    private const string NewToken = "Nw7Rt2Yq9Lp4Xc6Vb1Mz8Kd3Hf5Js0Ga2Qe";

    [Test]
    public async Task PreviousToken_DuringRotation_BothTokensReachTheHandlerAndOthersAnswer404()
    {
        await using var server = await HookpointTestServer.StartAsync(options =>
        {
            options.Token = NewToken;
            options.PreviousToken = HookpointTestServer.Token;
        });

        using var viaOld = await server.Client.PostAsync(
            $"omnidesk/{HookpointTestServer.Token}/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "old")));
        using var viaNew = await server.Client.PostAsync(
            $"omnidesk/{NewToken}/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "new")));
        using var viaOther = await server.Client.PostAsync(
            $"omnidesk/{NewToken[..^1]}X/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "other")));

        Assert.That((viaOld.StatusCode, viaNew.StatusCode, viaOther.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound)));
        Assert.That(server.Recorder.Received.Select(r => r.Event), Is.EquivalentTo(new[] { new SessionEndedEvent("old"), new SessionEndedEvent("new") }));
    }

    [Test]
    public async Task PreviousToken_Removed_TheOldTokenAnswers404()
    {
        await using var server = await HookpointTestServer.StartAsync(options => options.Token = NewToken);

        using var viaOld = await server.Client.PostAsync(
            $"omnidesk/{HookpointTestServer.Token}/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "old")));

        Assert.That(viaOld.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    [TestCase("short1", "OmnideskHookpointOptions.PreviousToken breaks its rule: it must be at least 32 characters, ASCII letters and digits only.")]
    [TestCase(NewToken, "OmnideskHookpointOptions.PreviousToken is the same as Token: set it to the token being replaced, or remove it.")]
    public void Start_BadPreviousToken_FailsNamingTheRuleNotTheToken(string previous, string expected)
    {
        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => HookpointTestServer.StartAsync(options =>
        {
            options.Token = NewToken;
            options.PreviousToken = previous;
        }));

        Assert.That(exception!.Message, Is.EqualTo(expected));
        Assert.That(exception.Message, Does.Not.Contain(previous));
    }
}
