using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// Picks the chat server and tokens of a request: the request's own value, else the configured one; when
/// neither is set, a validation error that says where to set it.
/// </summary>
internal static class ChatDefaults
{
    public static string ChatServer(string? fromRequest, OmnideskChatOptions options) =>
        Resolve(fromRequest, options.ChatServer, FieldRules.ChatServer, options, nameof(OmnideskChatOptions.ChatServer));

    public static string ChatAccountToken(string? fromRequest, OmnideskChatOptions options) =>
        Resolve(fromRequest, options.ChatAccountToken, FieldRules.ChatAccountToken, options, nameof(OmnideskChatOptions.ChatAccountToken));

    public static string ChatServerToken(string? fromRequest, OmnideskChatOptions options) =>
        Resolve(fromRequest, options.ChatServerToken, FieldRules.ChatServerToken, options, nameof(OmnideskChatOptions.ChatServerToken));

    /// <summary>The chat server when one is given or configured (and valid); <see langword="null"/> when neither.</summary>
    public static string? OptionalChatServer(string? fromRequest, OmnideskChatOptions options)
    {
        var value = fromRequest ?? options.ChatServer;
        FieldRules.ChatServer.CheckIfSet(value);
        return value;
    }

    /// <param name="fromRequest">The request's own value.</param>
    /// <param name="fromOptions">The configured value.</param>
    /// <param name="rule">The field's rule.</param>
    /// <param name="options">The client's options, whose section (<c>Omnidesk</c>, <c>Omnidesk:Accounts:brand-b</c>) the message names.</param>
    /// <param name="property">The option's name.</param>
    private static string Resolve(string? fromRequest, string? fromOptions, FieldRule rule, OmnideskChatOptions options, string property)
    {
        var value = fromRequest ?? fromOptions;
        if (value is null)
        {
            throw new OmnideskValidationException(
                rule.Field,
                "required",
                $"none was given: set {property} on the request, or {options.SectionPath}:{property} in the configuration.");
        }

        rule.Require(value);
        return value;
    }
}
