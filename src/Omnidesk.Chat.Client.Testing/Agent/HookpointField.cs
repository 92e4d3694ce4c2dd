namespace Omnidesk.Chat.Client.Testing;

/// <summary>One text field of a hookpoint POST; <see cref="IsBoolean"/> fields are JSON booleans in the JSON encoding.</summary>
internal readonly record struct HookpointField(string Name, string Text, bool IsBoolean = false);
