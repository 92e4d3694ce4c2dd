namespace Omnidesk.Chat.Client;

/// <summary>
/// The names under which the clients report what they do, for subscribing with OpenTelemetry
/// (<c>.AddSource(OmnideskDiagnostics.ActivitySourceName)</c>, <c>.AddMeter(OmnideskDiagnostics.MeterName)</c>)
/// or an <see cref="System.Diagnostics.ActivityListener"/>. No tag, event or log entry holds a key or token.
/// </summary>
public static class OmnideskDiagnostics
{
    /// <summary>
    /// The <see cref="System.Diagnostics.ActivitySource"/>: one span per API call, named after the operation
    /// (<c>notifyUserNewChatMessage</c>), tagged <c>omnidesk.operation</c>, <c>http.request.method</c>,
    /// <c>url.template</c>, <c>http.response.status_code</c>, <c>omnidesk.attempts</c> and <c>omnidesk.outcome</c>
    /// (and <see cref="AccountTag"/> for a further account), with an <c>omnidesk.retry</c> event per retry.
    /// </summary>
    public const string ActivitySourceName = "Omnidesk.Chat.Client";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/> of the instruments below; also the logging category of
    /// the unnamed clients (a further account's clients log under <see cref="AccountLoggerCategory"/>).
    /// </summary>
    public const string MeterName = "Omnidesk.Chat.Client";

    /// <summary>
    /// The tag naming the account of a call, on its span and on every measurement, for the clients registered with
    /// <c>AddOmnideskChat("brand-b", …)</c>; the unnamed clients' calls do not carry it.
    /// </summary>
    public const string AccountTag = "omnidesk.account";

    /// <summary>
    /// The logging category of an account's clients: <c>Omnidesk.Chat.Client.Accounts.brand-b</c>, under
    /// <see cref="MeterName"/>, so a filter on <c>Omnidesk.Chat.Client</c> covers every account.
    /// </summary>
    /// <param name="account">The account, as given to <c>AddOmnideskChat(account, …)</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is <see langword="null"/>.</exception>
    public static string AccountLoggerCategory(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return MeterName + ".Accounts." + account;
    }

    /// <summary>
    /// Histogram of the duration of each call in seconds, retries included, tagged <c>omnidesk.operation</c>,
    /// <c>omnidesk.outcome</c> and (when there was an answer) <c>http.response.status_code</c>.
    /// </summary>
    public const string OperationDurationInstrument = "omnidesk.client.operation.duration";

    /// <summary>Counter of retries, tagged <c>omnidesk.operation</c> and <c>omnidesk.retry.reason</c>.</summary>
    public const string RetriesInstrument = "omnidesk.client.retries";

    /// <summary>Counter of calls that ended in <see cref="OmnideskDeliveryUnknownException"/>, tagged <c>omnidesk.operation</c>.</summary>
    public const string DeliveryUnknownInstrument = "omnidesk.client.delivery_unknown";
}
