using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>
/// The token is part of every hookpoint URL: with every category at Trace and scopes on, neither it nor the
/// token being rotated out appears in any log message, structured value, scope or server span.
/// </summary>
[NonParallelizable]
public sealed class HookpointLogRedactionTests
{
    private const string NewToken = "Nw7Rt2Yq9Lp4Xc6Vb1Mz8Kd3Hf5Js0Ga2Qe";

    [Test]
    public async Task Logs_AtTraceWithScopesAndSpans_NeverShowTheConfiguredTokens()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await HookpointTestServer.StartAsync(
            services => services.AddSingleton<IStartupFilter, TagsThePathAsTracingDoes>().AddOmnideskHookpoints<RecordingHookpointHandler>(options =>
            {
                options.Token = NewToken;
                options.PreviousToken = HookpointTestServer.Token;
            }),
            onEvent: (hookpointEvent, _) => hookpointEvent.SessionId == "boom" ? throw new InvalidOperationException("database down") : ValueTask.CompletedTask,
            configureBuilder: builder => builder.Logging.SetMinimumLevel(LogLevel.Trace));

        var statuses = new List<int>();
        foreach (var (token, session) in new[] { (NewToken, "s1"), (HookpointTestServer.Token, "s2"), (NewToken, "boom") })
        {
            using var response = await server.Client.PostAsync(
                $"omnidesk/{token}/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", session)));
            statuses.Add((int)response.StatusCode);
        }

        using (var missingSession = await server.Client.PostAsync($"omnidesk/{NewToken}/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("other", "x"))))
        {
            statuses.Add((int)missingSession.StatusCode);
        }

        // The riskiest paths ran: a handler failure logged with its exception, and a refused body.
        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 500, 400 }));
        var records = server.Logs.GetSnapshot();
        Assert.That(records.Where(r => r.Level == LogLevel.Error && r.Exception?.Message == "database down"), Is.Not.Empty);
        var texts = records.SelectMany(TextsOf).ToList();
        Assert.That(records.Select(r => r.Message), Has.Some.Contains("/omnidesk/***/endSession"), "ASP.NET Core's request line is there, masked");
        Assert.That(records.SelectMany(r => r.Scopes).Select(s => s?.ToString()), Has.Some.Contains("RequestPath:/omnidesk/***/endSession"), "so is its RequestPath scope");
        Assert.That(texts.Where(t => t.Contains(NewToken, StringComparison.Ordinal) || t.Contains(HookpointTestServer.Token, StringComparison.Ordinal)), Is.Empty);

        Assert.That(spans.Select(s => s.GetTagItem("url.path")), Has.Some.EqualTo("/omnidesk/***/endSession"), "the span's path was tagged, then masked");
        var spanTexts = spans.SelectMany(s => s.Tags.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName)).ToList();
        Assert.That(spans, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(spanTexts.Where(t => t.Contains(NewToken, StringComparison.Ordinal) || t.Contains(HookpointTestServer.Token, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Logs_WithoutASecretToken_AreLeftAsTheyAre()
    {
        await using var server = await HookpointTestServer.StartAsync(options =>
        {
            options.Token = null;
            options.RequireSecretToken = false;
        });

        using var response = await server.Client.PostAsync("omnidesk/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Logs.GetSnapshot().Select(r => r.Message), Has.Some.Contains("/omnidesk/endSession"));
    }

    private static IEnumerable<string> TextsOf(FakeLogRecord record)
    {
        yield return record.Message;
        foreach (var pair in record.StructuredState ?? [])
        {
            yield return $"{pair.Key}={pair.Value}";
        }

        foreach (var scope in record.Scopes)
        {
            yield return scope?.ToString() ?? string.Empty;
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    yield return $"{pair.Key}={pair.Value}";
                }
            }
        }
    }

    /// <summary>Tags the server span with the raw path when the request starts, as OpenTelemetry's instrumentation does.</summary>
    private sealed class TagsThePathAsTracingDoes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                Activity.Current?.SetTag("url.path", context.Request.Path.Value);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
