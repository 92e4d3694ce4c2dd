using System.Reflection;
using System.Text;

namespace Omnidesk.Chat.Client.Tests.Shared;

/// <summary>
/// Compares an assembly's public surface (<see cref="PublicApiLister"/>) with an approved text file in the test
/// project. On a mismatch it writes <c>&lt;name&gt;.received.txt</c> next to the approved file in the source tree
/// and fails with a line diff; to accept the change, review it and copy the received file over the approved one.
/// </summary>
internal static class PublicApiApproval
{
    /// <summary>Fails with a readable diff when the public surface differs from the approved file.</summary>
    /// <param name="assembly">The shipped assembly.</param>
    /// <param name="approvedFile">The approved file as copied to the test output (relative to the output folder).</param>
    /// <param name="sourceFolder">The approved file's folder in the source tree, where the received file is written.</param>
    public static void Verify(Assembly assembly, string approvedFile, string sourceFolder)
    {
        var received = PublicApiLister.List(assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, approvedFile);
        var receivedPath = Path.Combine(sourceFolder, Path.GetFileName(approvedFile).Replace(".approved.txt", ".received.txt", StringComparison.Ordinal));
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;

        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(sourceFolder);
        File.WriteAllText(receivedPath, received);
        var message = approved is null
            ? $"No approved public API file at {approvedPath}. The current surface was written to {receivedPath}; review it and save it as {Path.GetFileName(approvedFile)}."
            : $"The public API of {assembly.GetName().Name} changed. The current surface was written to {receivedPath}; if the change is intended, copy it over {Path.GetFileName(approvedFile)}.\n"
              + "Diff (- approved, + current):\n" + Diff(approved, received);
        Assert.Fail(message);
    }

    /// <summary>A line diff (longest common subsequence) showing only the changed lines, each with its type.</summary>
    internal static string Diff(string approved, string received)
    {
        var before = approved.Split('\n');
        var after = received.Split('\n');
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        string? type = null;
        string? shownType = null;
        int a = 0, b = 0;
        while (a < before.Length || b < after.Length)
        {
            if (a < before.Length && b < after.Length && before[a] == after[b])
            {
                type = before[a].StartsWith("public ", StringComparison.Ordinal) ? before[a] : type;
                a++;
                b++;
                continue;
            }

            var removed = a < before.Length && (b == after.Length || common[a + 1, b] >= common[a, b + 1]);
            var line = removed ? before[a++] : after[b++];
            if (line.StartsWith("public ", StringComparison.Ordinal))
            {
                type = shownType = line;
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && type is not null && type != shownType)
            {
                diff.Append("  in ").Append(type).Append('\n');
                shownType = type;
            }

            diff.Append(removed ? "- " : "+ ").Append(line).Append('\n');
        }

        return diff.ToString();
    }
}
