using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Keeps secrets out of every log line: wraps an <see cref="ILoggerFactory"/> so that each entry's message, its
/// structured state values and every scope (ASP.NET Core's <c>RequestPath</c> scope included) reach the providers
/// with the secrets replaced by <see cref="Mask"/>. The hookpoint token is part of the URL, so ASP.NET Core's own
/// request log lines and scopes would otherwise show it; <c>AddOmnideskHookpoints()</c> applies this to the app's
/// logging for the configured tokens, and the emulator to its keys.
/// </summary>
/// <remarks>
/// Exceptions are passed on as they are (their messages are not rewritten); the SDK's own exceptions never hold a
/// secret. A secret is also masked in its percent-encoded form.
/// </remarks>
public static class OmnideskSecretRedaction
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    private static readonly string[] SpanAddressTags = ["url.full", "url.path", "http.url", "http.target"];

    /// <summary>Wraps <paramref name="loggerFactory"/> so that no log entry it hands out shows one of <paramref name="secrets"/>.</summary>
    /// <param name="loggerFactory">The factory whose providers receive the masked entries; disposed with the wrapper.</param>
    /// <param name="secrets">The secrets; read once, when the first logger logs. <see langword="null"/> and empty ones are skipped.</param>
    /// <returns>The wrapping factory.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ILoggerFactory Wrap(ILoggerFactory loggerFactory, Func<IEnumerable<string?>> secrets)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(secrets);
        return new Internal.RedactingLoggerFactory(loggerFactory, new Lazy<Internal.SecretMask>(() => new Internal.SecretMask(secrets())));
    }

    /// <summary>Masks <paramref name="secrets"/> in <paramref name="text"/>, as the wrapped loggers do.</summary>
    /// <param name="text">The text, for example a URL about to be logged or put on a span.</param>
    /// <param name="secrets">The secrets.</param>
    /// <returns>The text with each secret replaced by <see cref="Mask"/>.</returns>
    public static string Redact(string text, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        return new Internal.SecretMask(secrets).Apply(text);
    }

    /// <summary>
    /// Masks <paramref name="secrets"/> in a span's address tags (<c>url.full</c>, <c>url.path</c>, <c>http.url</c>,
    /// <c>http.target</c>) and its display name. Tracing instrumentation (ASP.NET Core's server span,
    /// <c>System.Net.Http</c>'s client span) sets them when the request starts and exports them when it ends, so a
    /// hookpoint address, whose path holds the token, would reach the exporter unless masked in between.
    /// </summary>
    /// <param name="activity">The span, usually <see cref="Activity.Current"/>; nothing is done when it is <see langword="null"/> or not recording.</param>
    /// <param name="secrets">The secrets. <see langword="null"/> and empty ones are skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="secrets"/> is <see langword="null"/>.</exception>
    public static void RedactSpan(Activity? activity, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        var mask = new Internal.SecretMask(secrets);
        if (mask.IsEmpty)
        {
            return;
        }

        foreach (var tag in SpanAddressTags)
        {
            if (activity.GetTagItem(tag) is string value && mask.Apply(value) is var masked && !ReferenceEquals(masked, value))
            {
                activity.SetTag(tag, masked);
            }
        }

        if (mask.Apply(activity.DisplayName) is var name && !ReferenceEquals(name, activity.DisplayName))
        {
            activity.DisplayName = name;
        }
    }
}
