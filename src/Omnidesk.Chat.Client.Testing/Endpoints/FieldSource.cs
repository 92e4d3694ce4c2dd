namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Where an endpoint's fields come from: the form for v2 POSTs, the query for GETs, and for
/// <c>addAttachment</c> the query first (Omnidesk's Chat API reference), then the body with <c>sessionID</c> for
/// <c>chatSessionID</c> (the integration guide).
/// </summary>
internal sealed class FieldSource
{
    private readonly Func<string, IReadOnlyList<string>> _values;

    private FieldSource(Func<string, IReadOnlyList<string>> values)
    {
        _values = values;
    }

    public static FieldSource For(EmulatorEndpoint endpoint, RequestSnapshot request)
    {
        if (endpoint == EmulatorEndpoint.AddAttachment)
        {
            return new FieldSource(name =>
            {
                var fromQuery = Query(request, name);
                if (fromQuery.Count > 0)
                {
                    return fromQuery;
                }

                var fromForm = Form(request, name);
                return fromForm.Count > 0 || name != "chatSessionID" ? fromForm : Form(request, "sessionID");
            });
        }

        return EndpointGroups.BodyOf(endpoint) == BodyKind.Form
            ? new FieldSource(name => Form(request, name))
            : new FieldSource(name => Query(request, name));
    }

    public IReadOnlyList<string> Values(string name) => _values(name);

    public string? Value(string name) => _values(name) is [var first, ..] ? first : null;

    private static IReadOnlyList<string> Query(RequestSnapshot request, string name)
        => request.Query.TryGetValue(name, out var values) ? values : [];

    private static IReadOnlyList<string> Form(RequestSnapshot request, string name)
        => [.. request.FormFields.Where(f => f.Key == name).Select(f => f.Value)];
}
