namespace Omnidesk.Chat.Client.Testing;

/// <summary>How the agent encodes the fields of a hookpoint POST (the documents do not say; receivers accept all three).</summary>
public enum HookpointEncoding
{
    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    FormUrlEncoded,

    /// <summary><c>multipart/form-data</c>.</summary>
    Multipart,

    /// <summary><c>application/json</c>: one object, text fields as strings, <c>Typing</c> as a JSON boolean.</summary>
    Json,
}
