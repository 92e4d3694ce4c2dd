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
    /// <c>/typingIndicatorForCustomer</c> and <c>/endSession</c> to the handler registered with
    /// <c>AddOmnideskHookpoints&lt;THandler&gt;()</c>. Tell Omnidesk the <c>chatServer</c> value built by
    /// <see cref="OmnideskHookpointAddress.Build"/> with the same prefix and token.
    /// </summary>
    /// <remarks>
    /// A wrong or missing token answers 404, a source outside <c>AllowedNetworks</c> 403, a text body over 64 KiB
    /// or a file over <c>MaxFileSize</c> 413, a missing or malformed field 400 with a one-line reason, an
    /// unsupported content type 415; the handler is not called in those cases. A handler exception answers 500.
    /// Otherwise the answer is <c>ok</c> (<c>{"message":"ok"}</c> on <c>endSession</c>), sent after the handler
    /// returned. Antiforgery is disabled on these routes.
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="prefix">The path under which the routes live.</param>
    /// <returns>The route group, to add conventions such as <c>RequireHost</c> or rate limiting.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>AddOmnideskHookpoints&lt;THandler&gt;()</c> was not called.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public static IEndpointConventionBuilder MapOmnideskHookpoints(
        this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var processor = endpoints.ServiceProvider.GetService<HookpointRequestProcessor>()
            ?? throw new InvalidOperationException(
                "Call services.AddOmnideskHookpoints<THandler>() before app.MapOmnideskHookpoints().");

        var groupPattern = "/" + prefix.Trim('/');
        if (processor.RequireSecretToken)
        {
            groupPattern = groupPattern.TrimEnd('/') + "/{" + HookpointRoutes.TokenRouteValue + "}";
        }

        var group = endpoints.MapGroup(groupPattern);
        foreach (var (kind, path) in HookpointRoutes.All)
        {
            group.MapPost(path, context => processor.ProcessAsync(context, kind))
                .WithDisplayName($"Omnidesk hookpoint {path}");
        }

        group.DisableAntiforgery();
        processor.WarnIfUnauthenticated(groupPattern);
        return group;
    }
}
