namespace Omnidesk.Chat.Client.Tests.ChatApi.Support;

/// <summary>
/// One broken rule: the call that breaks it (with optional option changes), and the exception it must cause
/// before anything reaches the wire.
/// </summary>
public sealed record ValidationCase(
    string Name,
    Func<IOmnideskChatApi, Task> Call,
    string Field,
    string Rule,
    string Problem,
    Action<OmnideskChatOptions>? Configure = null)
{
    /// <summary>The exception's full message: <c>field is invalid (rule): problem (Parameter 'field')</c>.</summary>
    public string Message => $"{Field} is invalid ({Rule}): {Problem} (Parameter '{Field}')";

    public override string ToString() => Name;

    /// <summary>Runs the call on a fresh emulator and checks the exception, its message and that no request was sent.</summary>
    public async Task AssertRefusedAsync()
    {
        await using var host = await ChatTestHost.StartAsync(Configure);

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => Call(host.Api));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo(Message));
            Assert.That(error.Field, Is.EqualTo(Field));
            Assert.That(error.Rule, Is.EqualTo(Rule));
            Assert.That(error.Problem, Is.EqualTo(Problem));
            Assert.That(error.ParamName, Is.EqualTo(Field));
            Assert.That(host.Emulator.Requests, Is.Empty, "nothing may be sent when validation fails");
        });
    }
}
