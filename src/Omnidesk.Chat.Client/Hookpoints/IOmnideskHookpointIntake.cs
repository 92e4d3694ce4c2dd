namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// One step of the hookpoint receiver's intake stage: it sees every parsed event of its account before the user's
/// <see cref="OmnideskHookpointHandler"/> does. This is how a package reads the agent's side without taking the
/// handler's place; the conversations (<c>AddOmnideskConversations()</c>) register one, which records each event.
/// </summary>
/// <remarks>
/// <para>
/// Register a step as a service of this type: a plain registration for the unnamed route set
/// (<c>MapOmnideskHookpoints()</c>), a keyed one under the account's name for that account's route set
/// (<c>MapOmnideskAccountHookpoints("brand-b")</c>), in any lifetime (the receiver resolves the steps from the
/// request's scope). The steps run one after another in registration order, then the user's handler runs; the order
/// of the registration calls of steps and handler does not matter.
/// </para>
/// <para>
/// How <c>Omnidesk.Chat.Client.AspNetCore</c> answers Omnidesk when a step throws (the later steps and the user's
/// handler are then not called): <see cref="Conversations.OmnideskStoreUnavailableException"/> answers 503 with its
/// one-line message (the step did not store the event, so Omnidesk is not told it was kept); a
/// <see cref="HookpointBodyException"/> (the file's body broke while the step read it) answers its 4xx; the sender
/// going away answers nothing; any other exception answers 500.
/// </para>
/// <para>
/// A step that reads <see cref="AgentFileEvent.Content"/> consumes it: the later steps and the user's handler find it
/// at its end. Elsewhere than ASP.NET Core, call the account's steps in order, then your handler, with the parsed event.
/// </para>
/// </remarks>
public interface IOmnideskHookpointIntake
{
    /// <summary>Takes in one hookpoint event; returns once the step is done with it.</summary>
    /// <param name="hookpointEvent">The parsed event; <see cref="OmnideskHookpointEvent.Account"/> names its route set's account.</param>
    /// <param name="cancellationToken">Cancelled when the request was aborted.</param>
    /// <returns>The step's work.</returns>
    ValueTask AcceptAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken);
}
