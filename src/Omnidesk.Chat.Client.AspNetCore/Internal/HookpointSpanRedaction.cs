using System.Diagnostics;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Masks the path token in the request's span: tracing instrumentation tags the server span with the path when
/// the request starts, before the hookpoint runs, and exports it when it ends, after.
/// </summary>
internal static class HookpointSpanRedaction
{
    private static readonly string[] PathTags = ["url.path", "url.full", "http.target", "http.url"];

    public static void Redact(Activity? activity, string? token)
    {
        if (activity is not { IsAllDataRequested: true } || string.IsNullOrEmpty(token))
        {
            return;
        }

        foreach (var tag in PathTags)
        {
            if (activity.GetTagItem(tag) is string value && value.Contains(token, StringComparison.Ordinal))
            {
                activity.SetTag(tag, value.Replace(token, Hookpoints.OmnideskSecretRedaction.Mask, StringComparison.Ordinal));
            }
        }

        if (activity.DisplayName.Contains(token, StringComparison.Ordinal))
        {
            activity.DisplayName = activity.DisplayName.Replace(token, Hookpoints.OmnideskSecretRedaction.Mask, StringComparison.Ordinal);
        }
    }
}
