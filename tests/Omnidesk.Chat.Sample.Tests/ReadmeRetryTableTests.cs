using System.Reflection;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Sample.Tests.Support;

namespace Omnidesk.Chat.Sample.Tests;

/// <summary>
/// The README's retry table is the client's operation table (Pipeline/OmnideskOperations.cs, internal, read
/// here by reflection): every operation has a row with its request and its retry rule.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReadmeRetryTableTests
{
    private static readonly Dictionary<string, string> RuleWords = new()
    {
        ["AnyTransientFailure"] = "any transient failure",
        ["OnlyWhenNotProcessed"] = "only when not processed",
    };

    [Test]
    public void Readme_RetryTable_HasEveryOperationWithItsRule()
    {
        var operations = typeof(IOmnideskChatApi).Assembly.GetType("Omnidesk.Chat.Client.Pipeline.OmnideskOperations", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null)!)
            .Select(operation => (Request: $"`{Read(operation, "Method")} {Read(operation, "Path")}`", Rule: RuleWords[Read(operation, "RetrySafety")]))
            .ToList();
        var rows = Docs.Read("README.md").Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.That(operations, Has.Count.EqualTo(18));
        Assert.Multiple(() =>
        {
            foreach (var (request, rule) in operations)
            {
                var row = rows.SingleOrDefault(line => line.Contains($"| {request}", StringComparison.Ordinal));
                Assert.That(row, Is.Not.Null, $"README.md has no retry-table row for {request}.");
                Assert.That(row, Does.EndWith($"| {rule} |"), $"README.md gives {request} the wrong retry rule.");
            }
        });
    }

    private static string Read(object operation, string property) =>
        operation.GetType().GetProperty(property)!.GetValue(operation)!.ToString()!;
}
