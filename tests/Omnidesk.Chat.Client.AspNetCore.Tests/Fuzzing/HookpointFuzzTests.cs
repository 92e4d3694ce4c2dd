using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.TestSupport;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Fuzzing;

/// <summary>
/// Thousands of generated requests, valid and broken, through real Kestrel: no 5xx unless the handler threw, no
/// handler call for a 4xx answer (except a streamed file that broke under the handler, counted apart), and no
/// temporary file left behind.
/// </summary>
[NonParallelizable]
public sealed class HookpointFuzzTests
{
    private const int Seed = 20261201;
    private const int Requests = 6000;

    [Test]
    public async Task Fuzz_6000GeneratedRequests_NoUnexplained5xxNoHandlerFor4xxNoTemporaryFileLeft()
    {
        var ledger = new FuzzLedger();
        var tempBefore = TemporaryFiles();
        await using var server = await HookpointTestServer.StartAsync(
            services => services
                .AddHttpContextAccessor()
                .AddSingleton(ledger)
                .AddOmnideskHookpoints<FuzzHookpointHandler>(options => options.Token = HookpointTestServer.Token),
            configureBuilder: builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));

        var answers = new ConcurrentDictionary<int, (FuzzRequest Request, int Status)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            var request = FuzzRequestGenerator.Create(Seed, id);
            using var message = new HttpRequestMessage(request.Method, $"{server.HookpointBase}/{request.Hookpoint}")
            {
                Content = new ByteArrayContent(request.Body),
            };
            message.Headers.Add(FuzzLedger.IdHeader, id.ToString(CultureInfo.InvariantCulture));
            if (request.HandlerThrows)
            {
                message.Headers.Add(FuzzHookpointHandler.ThrowHeader, "1");
            }

            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            using var response = await server.Client.SendAsync(message, ct);
            answers[id] = (request, (int)response.StatusCode);
        });

        var byStatus = answers.Values.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        var brokeUnderHandler = answers.Count(a => a.Value.Status is >= 400 and < 500 && ledger.Handled.TryGetValue(a.Key, out var h) && h.SawBodyFailure);
        TestContext.Out.WriteLine($"Fuzz seed {Seed}, {answers.Count} requests; answers by status: {string.Join(", ", byStatus)}; " +
            $"streamed files that broke under the handler (4xx after the handler ran): {brokeUnderHandler}.");

        Assert.That(answers, Has.Count.EqualTo(Requests));
        Assert.That(answers.Values.Count(a => a.Request.Sound), Is.GreaterThan(Requests / 10), "the run holds sound requests too");
        Assert.Multiple(() =>
        {
            foreach (var (id, (request, status)) in answers.OrderBy(a => a.Key))
            {
                var handled = ledger.Handled.TryGetValue(id, out var handling);
                if (request.Sound)
                {
                    Assert.That((status, handled), Is.EqualTo((request.HandlerThrows ? 500 : 200, true)), $"request {id} ({request.Kind} on {request.Hookpoint}) is sound");
                }
                else if (status >= 500)
                {
                    Assert.That(handled && handling!.Threw, Is.True, $"request {id} ({request.Kind} on {request.Hookpoint}) answered {status} without the handler throwing");
                }
                else if (status >= 400)
                {
                    Assert.That(!handled || handling!.SawBodyFailure, Is.True, $"request {id} ({request.Kind} on {request.Hookpoint}) answered {status} after the handler ran on a sound file");
                }
            }
        });
        Assert.That(server.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error && !(r.Exception?.Message.Contains("on purpose", StringComparison.Ordinal) ?? false)),
            Is.Empty, "no Error entry but the handler's own failures");
        Assert.That(ledger.HeldFiles.Where(File.Exists), Is.Empty, "every file held for a handler is deleted after the answer");
        await AssertNoNewTemporaryFileStaysAsync(tempBefore);
    }

    private static HashSet<string> TemporaryFiles() =>
        [.. Directory.GetFiles(Path.GetTempPath(), "omnidesk-hookpoint-*")];

    /// <summary>Other test processes on the machine may hold one for a moment: only a file that stays is a leak.</summary>
    private static Task AssertNoNewTemporaryFileStaysAsync(HashSet<string> before)
    {
        string[] left = [];
        return Poll.UntilAsync(() => (left = [.. TemporaryFiles().Except(before)]).Length == 0, TimeSpan.FromSeconds(5),
            () => "A temporary file was left behind: " + string.Join(", ", left));
    }
}
