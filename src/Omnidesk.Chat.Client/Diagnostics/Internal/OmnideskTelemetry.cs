using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Pipeline;

namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>
/// The clients' span source, instruments and logger, shared by every call (a singleton), and a view of them per
/// further account (<see cref="ForAccount"/>): the same instruments, the account on every span and measurement,
/// and a logging category of the account's own.
/// </summary>
internal sealed class OmnideskTelemetry
{
    internal static readonly ActivitySource ActivitySource = new(OmnideskDiagnostics.ActivitySourceName, typeof(OmnideskTelemetry).Assembly.GetName().Version?.ToString());

    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentDictionary<string, OmnideskTelemetry> _accounts;

    public OmnideskTelemetry(IMeterFactory meterFactory, ILoggerFactory loggerFactory)
    {
        var meter = meterFactory.Create(OmnideskDiagnostics.MeterName);
        Duration = meter.CreateHistogram<double>(OmnideskDiagnostics.OperationDurationInstrument, "s", "Duration of each Omnidesk call, retries included.");
        Retries = meter.CreateCounter<long>(OmnideskDiagnostics.RetriesInstrument, "{retry}", "Retries of Omnidesk calls.");
        DeliveryUnknown = meter.CreateCounter<long>(OmnideskDiagnostics.DeliveryUnknownInstrument, "{call}", "Omnidesk calls sent whose fate is unknown.");
        Logger = loggerFactory.CreateLogger(OmnideskDiagnostics.MeterName);
        _loggerFactory = loggerFactory;
        _accounts = new(StringComparer.Ordinal);
    }

    private OmnideskTelemetry(OmnideskTelemetry root, string account)
    {
        Duration = root.Duration;
        Retries = root.Retries;
        DeliveryUnknown = root.DeliveryUnknown;
        Logger = root._loggerFactory.CreateLogger(OmnideskDiagnostics.AccountLoggerCategory(account));
        Account = account;
        _loggerFactory = root._loggerFactory;
        _accounts = root._accounts;
    }

    /// <summary>The account whose calls this reports (an <c>omnidesk.account</c> tag), or <see langword="null"/> for the unnamed clients.</summary>
    public string? Account { get; }

    public Histogram<double> Duration { get; }

    public Counter<long> Retries { get; }

    public Counter<long> DeliveryUnknown { get; }

    public ILogger Logger { get; }

    /// <summary>Starts the span, the clock and the debug entry of one call to <paramref name="serverAddress"/>.</summary>
    public OperationTelemetry Start(OmnideskOperation operation, string serverAddress) => new(this, operation, serverAddress);

    /// <summary>The view for the clients of <paramref name="account"/> (the default options name gives the unnamed clients' own).</summary>
    public OmnideskTelemetry ForAccount(string account) =>
        account.Length == 0 ? this : _accounts.GetOrAdd(account, static (name, root) => new OmnideskTelemetry(root, name), this);

    public void CircuitOpened(TimeSpan breakDuration) => OmnideskLog.CircuitOpened(Logger, (long)breakDuration.TotalMilliseconds);

    public void CircuitClosed() => OmnideskLog.CircuitClosed(Logger);
}
