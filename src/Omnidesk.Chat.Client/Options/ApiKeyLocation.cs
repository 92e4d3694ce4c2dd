namespace Omnidesk.Chat.Client;

/// <summary>Where the v2 Chat API key is sent on each request.</summary>
public enum ApiKeyLocation
{
    /// <summary>In an <c>apiKey</c> request header (the default).</summary>
    Header = 0,

    /// <summary>In an <c>apiKey</c> query-string parameter, for accounts that expect it there.</summary>
    Query = 1,
}
