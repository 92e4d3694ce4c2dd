namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Where a hookpoint request was when it ended: <see cref="HookpointAnswer.For"/> tells an intake step's store
/// failure (503: the event was not stored) from the user's handler's failure (500: it was).
/// </summary>
internal enum HookpointStage
{
    /// <summary>Reading and parsing the body; nothing has seen the event.</summary>
    Parsing,

    /// <summary>One of the account's <see cref="Hookpoints.IOmnideskHookpointIntake"/> steps has the event.</summary>
    Intake,

    /// <summary>The user's <see cref="Hookpoints.OmnideskHookpointHandler"/> has the event; every intake step took it in.</summary>
    Handler,
}
