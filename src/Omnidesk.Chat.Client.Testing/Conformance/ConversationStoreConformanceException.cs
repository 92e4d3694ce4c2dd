namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>A store broke a rule of the store contract: the message names the rule and what the store did.</summary>
public sealed class ConversationStoreConformanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The rule and what the store did instead.</param>
    public ConversationStoreConformanceException(string message)
        : base(message)
    {
    }
}
