using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Hookpoints;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the four Omnidesk hookpoint routes onto your app.</summary>
public static class OmnideskHookpointEndpointRouteBuilderExtensions
{
    /// <summary>The prefix <see cref="MapOmnideskHookpoints"/> uses when none is given.</summary>
    public const string DefaultPrefix = "/omnidesk";

    /// <summary>
    /// Maps <c>POST {prefix}/{token}/messageForCustomer</c>, <c>/uploadForCustomer</c>,
    /// <c>/typingIndicatorForCustomer</c> and <c>/endSession</c>: each event goes through the intake steps registered
    /// as <see cref="IOmnideskHookpointIntake"/> (such as the conversations'), in registration order, then to the
    /// handler registered with <c>AddOmnideskHookpoints&lt;THandler&gt;()</c>, if any. Tell Omnidesk the
    /// <c>chatServer</c> value built by <see cref="OmnideskHookpointAddress.Build"/> with the same prefix and token.
    /// </summary>
    /// <remarks>
    /// A wrong or missing token answers 404, a source outside <c>AllowedNetworks</c> 403, a text body over 64 KiB
    /// or a file over <c>MaxFileSize</c> 413, a missing or malformed field 400 with a one-line reason, an
    /// unsupported content type 415; neither the intake steps nor the handler are called in those cases. An intake
    /// step that cannot store the event (<c>OmnideskStoreUnavailableException</c>) answers 503 with a one-line reason
    /// and any other intake step exception 500; the handler is then not called. A handler exception answers 500.
    /// Otherwise the answer is <c>ok</c> (<c>{"message":"ok"}</c> on <c>endSession</c>), sent after the handler
    /// returned. Antiforgery is disabled on these routes.
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="prefix">The path under which the routes live.</param>
    /// <returns>The route group, to add conventions such as <c>RequireHost</c> or rate limiting.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <c>AddOmnideskHookpoints()</c> was not called, or nothing reads the events (neither a handler nor an intake step is registered).
    /// </exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public static IEndpointConventionBuilder MapOmnideskHookpoints(
        this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var processor = endpoints.ServiceProvider.GetService<HookpointRequestProcessor>()
            ?? throw new InvalidOperationException(
                "Call services.AddOmnideskHookpoints<THandler>(), or AddOmnideskHookpoints() when conversations are all that reads the agent's side, before app.MapOmnideskHookpoints().");
        return Map(endpoints, processor, prefix, "the unnamed receiver");
    }

    /// <summary>
    /// Maps one account's four hookpoint routes (<c>POST {prefix}/{token}/messageForCustomer</c> and the others) to
    /// the intake steps keyed under <paramref name="account"/> (such as <c>AddOmnideskChat(account).AddOmnideskConversations()</c>'s),
    /// then the handler registered with <c>AddOmnideskHookpoints&lt;THandler&gt;(account, …)</c>, if any, checked against that
    /// account's own token and limits; every event its handler gets has <see cref="OmnideskHookpointEvent.Account"/>
    /// set to <paramref name="account"/>. Tell that account's Omnidesk the <c>chatServer</c> value built by
    /// <see cref="OmnideskHookpointAddress.Build"/> with the same prefix and token.
    /// </summary>
    /// <remarks>
    /// The answers are those of <see cref="MapOmnideskHookpoints"/>. Each route set needs a prefix of its own:
    /// mapping a second set under a prefix already used on the same route builder throws at start.
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="account">The account, as given to <c>AddOmnideskHookpoints&lt;THandler&gt;(account, …)</c>.</param>
    /// <param name="prefix">The path under which the account's routes live; <see langword="null"/> for <c>/omnidesk/{account}</c>.</param>
    /// <returns>The route group, to add conventions such as <c>RequireHost</c> or rate limiting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="account"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <c>AddOmnideskHookpoints(account, …)</c> was not called, nothing reads the account's events, or another route set uses the prefix.
    /// </exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The account's options are invalid.</exception>
    public static IEndpointConventionBuilder MapOmnideskAccountHookpoints(
        this IEndpointRouteBuilder endpoints, string account, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(account);
        var processor = endpoints.ServiceProvider.GetKeyedService<HookpointRequestProcessor>(account)
            ?? throw new InvalidOperationException(
                $"No Omnidesk hookpoint receiver is registered for the account '{account}': call services.AddOmnideskHookpoints<THandler>(\"{account}\", …) " +
                $"or, when its conversations are all that reads the agent's side, services.AddOmnideskHookpoints(\"{account}\", …) " +
                $"before app.MapOmnideskAccountHookpoints(\"{account}\").");
        return Map(endpoints, processor, prefix ?? DefaultPrefix + "/" + Uri.EscapeDataString(account), $"the account '{account}'");
    }

    private static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, HookpointRequestProcessor processor, string prefix, string owner)
    {
        processor.Readers.RequireSome();
        var groupPattern = "/" + prefix.Trim('/');
        endpoints.ServiceProvider.GetRequiredService<HookpointRouteTable>().Add(endpoints, groupPattern, owner);
        if (processor.RequireSecretToken)
        {
            groupPattern = groupPattern.TrimEnd('/') + "/{" + HookpointRoutes.TokenRouteValue + "}";
        }

        var group = endpoints.MapGroup(groupPattern);
        var suffix = processor.Account is null ? string.Empty : $" ({processor.Account})";
        foreach (var (kind, path) in HookpointRoutes.All)
        {
            group.MapPost(path, context => processor.ProcessAsync(context, kind))
                .WithDisplayName($"Omnidesk hookpoint {path}{suffix}");
        }

        group.DisableAntiforgery();
        processor.WarnIfUnauthenticated(groupPattern);
        return group;
    }
}
