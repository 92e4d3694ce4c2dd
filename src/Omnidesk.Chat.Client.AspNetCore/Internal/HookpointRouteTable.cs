using Microsoft.AspNetCore.Routing;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// The hookpoint route sets mapped so far, per route builder: two sets under one prefix would make every request
/// ambiguous (a 500 for each agent message), so the second <c>MapOmnideskHookpoints</c> is refused at start instead.
/// </summary>
internal sealed class HookpointRouteTable
{
    private readonly Dictionary<(IEndpointRouteBuilder Endpoints, string Pattern), string> _mapped = [];

    /// <summary>Records that <paramref name="owner"/> maps <paramref name="pattern"/> on <paramref name="endpoints"/>.</summary>
    /// <exception cref="InvalidOperationException">Another route set already maps that pattern there.</exception>
    public void Add(IEndpointRouteBuilder endpoints, string pattern, string owner)
    {
        lock (_mapped)
        {
            if (_mapped.TryGetValue((endpoints, pattern), out var existing))
            {
                throw new InvalidOperationException(
                    $"The Omnidesk hookpoint routes of {owner} use the prefix '{pattern}', which the routes of {existing} already use. " +
                    "Give each account its own prefix, such as app.MapOmnideskAccountHookpoints(\"brand-b\", \"/omnidesk/brand-b\").");
            }

            _mapped.Add((endpoints, pattern), owner);
        }
    }
}
