using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>The <c>requestChatConfig</c> answer of Omnidesk's integration guide, with the instructions that depend on agent availability.</summary>
internal static class ChatConfigJson
{
    private static readonly (string Name, string Value)[] Config =
    [
        ("chat_logo", "https://www.omnidesk.nl/img/logo_white.svg"),
        ("header_color", "#18e2ae"),
        ("chat_logo_height", "30"),
        ("chat_logo_width", "100"),
        ("chat_background_color", "#e5e5e5"),
        ("chat_message_customer_color", "#ffffff"),
        ("chat_message_customer_text_color", "#000000"),
        ("chat_message_agent_color", "#18e2ae"),
        ("chat_message_agent_text_color", "#000000"),
        ("chat_textarea_placeholder", "Type je vraag en druk op enter"),
        ("chat_introduction_html", ""),
        ("label_provide_email_address", "Please provide your mail address"),
        ("label_provide_phone_number", "Please provide your phone number"),
        ("placeholder_email_address", "name@domain.com"),
        ("placeholder_telephone_number", "0612345678"),
        ("start_button_color", "#232541"),
        ("start_chat_instructions", "Welkom! Typ je vraag, iemand van onze klantenservice komt zo bij je."),
        ("session_timeout_warning", "notice: due to inactivity this session will soon close"),
        ("session_timeout_message", "session closed, refresh window to start a new chat"),
        ("file_uploaded_text", "File uploaded."),
        ("agent_typing_text", "Agent typing.."),
    ];

    public static EmulatorResponse Answer(bool agentsAvailable) => EmulatorResponse.Result("start instructions", w =>
    {
        w.WriteStartObject("config");
        foreach (var (name, value) in Config)
        {
            w.WriteString(name, value);
        }

        w.WriteNull("show_survey_after_chat");
        w.WriteEndObject();

        w.WriteStartArray("instructions");
        if (!agentsAvailable)
        {
            WriteInstruction(w, "hide_reason_no_agents_available");
        }

        WriteInstruction(w, "phoneNumber", i => i.WriteString("key", "phoneNumber"));
        WriteInstruction(w, "show_team", i =>
        {
            i.WriteStartArray("team_profile_pictures");
            i.WriteEndArray();
        });
        w.WriteEndArray();
    });

    private static void WriteInstruction(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter>? extra = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }
}
