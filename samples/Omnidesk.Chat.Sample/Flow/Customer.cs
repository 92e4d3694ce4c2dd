namespace Omnidesk.Chat.Sample.Flow;

/// <summary>The customer and the chatbot conversation the sample escalates.</summary>
internal static class Customer
{
    public const string DisplayName = "Zoë Núñez-O'Brien";
    public const string Email = "zoe@example.com";
    public const string StartPage = "https://shop.example.com/help";
    public const string OrderPage = "https://shop.example.com/orders/1042";
    public const string FirstMessage = "Hi, my order 1042 arrived with a crushed box. Can a person help me?";
    public const string PhotoName = "crushed-box.jpg";
    public const string ChatbotSubject = "Chatbot conversation: order 1042 arrived damaged";

    public const string ChatbotConversation = """
        **Bot:** Hi! I'm the shop's assistant. How can I help?
        **Customer:** My order 1042 arrived damaged.
        **Bot:** I'm sorry to hear that. Shall I connect you with a person?
        **Customer:** Yes please.
        """;

    /// <summary>A small stand-in for the customer's photo (a JPEG header and filler bytes).</summary>
    public static byte[] Photo()
    {
        var photo = new byte[2048];
        photo[0] = 0xFF;
        photo[1] = 0xD8;
        photo[2] = 0xFF;
        photo[^2] = 0xFF;
        photo[^1] = 0xD9;
        return photo;
    }
}
