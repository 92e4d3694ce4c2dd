// The escalation sample: with no configuration it runs the whole flow on the embedded Omnidesk emulator;
// with Omnidesk__BaseAddress (and the other keys, see the README) it runs against a real account.
using Omnidesk.Chat.Sample.Hosting;

var verbose = args.Contains("--verbose");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await SampleRunner.MainAsync([.. args.Where(arg => arg != "--verbose")], Console.Out, Console.Error, verbose, cancel.Token);
