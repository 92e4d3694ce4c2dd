namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The four hookpoints Omnidesk POSTs to your <c>chatServer</c> address.</summary>
public enum HookpointKind
{
    /// <summary><c>{chatServer}/messageForCustomer</c>: the agent wrote a message to the customer.</summary>
    MessageForCustomer,

    /// <summary><c>{chatServer}/uploadForCustomer</c>: the agent sent a file to the customer.</summary>
    UploadForCustomer,

    /// <summary><c>{chatServer}/typingIndicatorForCustomer</c>: the agent started or stopped typing.</summary>
    TypingIndicatorForCustomer,

    /// <summary><c>{chatServer}/endSession</c>: the agent ended the chat session.</summary>
    EndSession,
}
