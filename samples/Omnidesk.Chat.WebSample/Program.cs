// The web chat sample: a customer chat page with a tiny rule-based bot; "Talk to a person" hands the chat over
// to an agent through IOmnideskConversations. With no configuration it runs on the embedded Omnidesk emulator,
// whose agent desk you open in a second window; with Omnidesk__BaseAddress (and the keys the README lists) it
// runs against a real account.
using Omnidesk.Chat.WebSample.Hosting;

try
{
    await using var sample = await WebSampleHost.StartAsync(args, Console.Out);
    await sample.WaitForShutdownAsync();
    return 0;
}
catch (Exception exception) when (exception is WebSampleConfigurationException or Microsoft.Extensions.Options.OptionsValidationException or IOException)
{
    Console.Error.WriteLine($"Web sample failed: {exception.Message.ReplaceLineEndings(" ")}");
    return 1;
}
