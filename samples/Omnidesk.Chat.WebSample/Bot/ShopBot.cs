namespace Omnidesk.Chat.WebSample.Bot;

/// <summary>
/// A tiny rule-based bot: it answers a few questions by keyword and says when the customer wants a person.
/// A real bot (an LLM, a dialog engine) sits in the same place: it decides when to hand over.
/// </summary>
internal sealed class ShopBot
{
    public const string Greeting = "Hi! I'm the shop's bot. Ask me about delivery, returns or opening hours, or press \"Talk to a person\".";

    // The first rule with a matching word answers: damage comes before delivery ("my parcel arrived crushed").
    private static readonly (string[] Words, string Answer)[] Rules =
    [
        (["return", "refund", "exchange", "broken", "crushed", "damaged"], "You can return anything within 30 days for a full refund. For a damaged parcel a person can send you a return label: press \"Talk to a person\"."),
        (["deliver", "shipping", "ship", "parcel", "track"], "Orders leave our warehouse within 2 working days and arrive 1-3 days later. You get a tracking link by e-mail."),
        (["hour", "open", "closed", "weekend"], "Our team answers chats Monday to Friday, 9:00-18:00."),
        (["hello", "hi", "hey"], "Hello! What can I help you with: delivery, returns or opening hours?"),
    ];

    private static readonly string[] HandoverWords = ["person", "human", "agent", "someone", "operator", "people"];

    /// <summary>Gets whether the customer asks for a person.</summary>
    public bool WantsAPerson(string text) => HandoverWords.Any(w => Contains(text, w));

    /// <summary>Gets the bot's answer to a customer message.</summary>
    public string Answer(string text)
    {
        foreach (var (words, answer) in Rules)
        {
            if (words.Any(w => Contains(text, w)))
            {
                return answer;
            }
        }

        return "I did not catch that. I know about delivery, returns and opening hours; or press \"Talk to a person\".";
    }

    private static bool Contains(string text, string word)
    {
        // Ignoring case; a short word must stand alone ("hi" is not in "this"), a longer one may start a word ("delivery").
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 || !char.IsLetter(text[index - 1]);
            var end = index + word.Length;
            var after = word.Length > 3 || end == text.Length || !char.IsLetter(text[end]);
            if (before && after)
            {
                return true;
            }

            index = end;
        }

        return false;
    }
}
