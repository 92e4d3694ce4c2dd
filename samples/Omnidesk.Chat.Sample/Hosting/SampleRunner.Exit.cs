using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>The sample's exit: 0 when the flow ran, else 1 and the reason on one line.</summary>
internal static partial class SampleRunner
{
    /// <summary>Runs the flow and turns any failure into one line on <paramref name="error"/> and exit code 1.</summary>
    public static async Task<int> MainAsync(string[] args, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(args, output, cancellationToken, verbose);
            return 0;
        }
        catch (Exception exception) when (!verbose)
        {
            error.WriteLine($"Sample failed: {Reason(exception).ReplaceLineEndings(" ")} (run with --verbose for details)");
            return 1;
        }
        catch (Exception exception)
        {
            error.WriteLine($"Sample failed: {exception}");
            return 1;
        }
    }

    private static string Reason(Exception exception) => exception switch
    {
        OptionsValidationException options => $"the configuration is invalid: {options.Message}",
        OmnideskException omnidesk => omnidesk.Message,
        HttpRequestException http => $"could not reach Omnidesk or the hookpoints: {http.Message}",
        OperationCanceledException => "cancelled.",
        _ => exception.Message,
    };
}
