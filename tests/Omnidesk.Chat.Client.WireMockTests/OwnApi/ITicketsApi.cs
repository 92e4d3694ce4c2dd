using System.Text.Json.Serialization;
using Refit;

namespace Omnidesk.Chat.Client.WireMockTests.OwnApi;

/// <summary>
/// Omnidesk's ticket endpoints as a user declares them (Omnidesk's "Cases" page), which the SDK does not model:
/// registered with <c>AddOmnideskChat(...).AddOmnideskApi&lt;ITicketsApi&gt;(TicketsJsonContext.Default)</c>.
/// </summary>
public interface ITicketsApi
{
    [Get("/api/cases/{caseId}.json")]
    Task<CaseEnvelope> GetCaseAsync(long caseId);

    [Post("/api/cases.json")]
    Task<CaseEnvelope> CreateCaseAsync([Body] CaseEnvelope envelope);
}

/// <summary>The answer and body of the ticket endpoints: <c>{"case":{...}}</c>.</summary>
public sealed record CaseEnvelope([property: JsonPropertyName("case")] Case Case);

/// <summary>A ticket, as far as the tests read it.</summary>
public sealed record Case([property: JsonPropertyName("case_id")] long CaseId, [property: JsonPropertyName("subject")] string Subject);

/// <summary>The source-generated JSON metadata of the ticket endpoints.</summary>
[JsonSerializable(typeof(CaseEnvelope))]
public sealed partial class TicketsJsonContext : JsonSerializerContext;
