using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The look and texts of the chat widget (<c>config</c> of the chat configuration): colours, labels and
/// placeholders as configured in Omnidesk. A value the server sends as a number or boolean is read as its text.
/// </summary>
public sealed record ChatWidgetConfig
{
    /// <summary>The address of the logo in the chat header (<c>chat_logo</c>).</summary>
    [JsonPropertyName("chat_logo")]
    public string? ChatLogo { get; init; }

    /// <summary>The logo's height, as configured (such as <c>30</c>; <c>chat_logo_height</c>).</summary>
    [JsonPropertyName("chat_logo_height")]
    public string? ChatLogoHeight { get; init; }

    /// <summary>The logo's width, as configured (such as <c>100</c>; <c>chat_logo_width</c>).</summary>
    [JsonPropertyName("chat_logo_width")]
    public string? ChatLogoWidth { get; init; }

    /// <summary>The header's colour, such as <c>#18e2ae</c> (<c>header_color</c>).</summary>
    [JsonPropertyName("header_color")]
    public string? HeaderColor { get; init; }

    /// <summary>The chat's background colour (<c>chat_background_color</c>).</summary>
    [JsonPropertyName("chat_background_color")]
    public string? ChatBackgroundColor { get; init; }

    /// <summary>The background colour of the customer's messages (<c>chat_message_customer_color</c>).</summary>
    [JsonPropertyName("chat_message_customer_color")]
    public string? ChatMessageCustomerColor { get; init; }

    /// <summary>The text colour of the customer's messages (<c>chat_message_customer_text_color</c>).</summary>
    [JsonPropertyName("chat_message_customer_text_color")]
    public string? ChatMessageCustomerTextColor { get; init; }

    /// <summary>The background colour of the agent's messages (<c>chat_message_agent_color</c>).</summary>
    [JsonPropertyName("chat_message_agent_color")]
    public string? ChatMessageAgentColor { get; init; }

    /// <summary>The text colour of the agent's messages (<c>chat_message_agent_text_color</c>).</summary>
    [JsonPropertyName("chat_message_agent_text_color")]
    public string? ChatMessageAgentTextColor { get; init; }

    /// <summary>The start button's colour (<c>start_button_color</c>).</summary>
    [JsonPropertyName("start_button_color")]
    public string? StartButtonColor { get; init; }

    /// <summary>The placeholder of the message box (<c>chat_textarea_placeholder</c>).</summary>
    [JsonPropertyName("chat_textarea_placeholder")]
    public string? ChatTextareaPlaceholder { get; init; }

    /// <summary>The introduction shown above the chat, as HTML (<c>chat_introduction_html</c>).</summary>
    [JsonPropertyName("chat_introduction_html")]
    public string? ChatIntroductionHtml { get; init; }

    /// <summary>The label asking for the customer's e-mail address (<c>label_provide_email_address</c>).</summary>
    [JsonPropertyName("label_provide_email_address")]
    public string? LabelProvideEmailAddress { get; init; }

    /// <summary>The label asking for the customer's phone number (<c>label_provide_phone_number</c>).</summary>
    [JsonPropertyName("label_provide_phone_number")]
    public string? LabelProvidePhoneNumber { get; init; }

    /// <summary>The placeholder of the e-mail address box (<c>placeholder_email_address</c>).</summary>
    [JsonPropertyName("placeholder_email_address")]
    public string? PlaceholderEmailAddress { get; init; }

    /// <summary>The placeholder of the phone number box (<c>placeholder_telephone_number</c>).</summary>
    [JsonPropertyName("placeholder_telephone_number")]
    public string? PlaceholderTelephoneNumber { get; init; }

    /// <summary>The text shown when the chat starts (<c>start_chat_instructions</c>).</summary>
    [JsonPropertyName("start_chat_instructions")]
    public string? StartChatInstructions { get; init; }

    /// <summary>The warning shown before an inactive session closes (<c>session_timeout_warning</c>).</summary>
    [JsonPropertyName("session_timeout_warning")]
    public string? SessionTimeoutWarning { get; init; }

    /// <summary>The message shown when an inactive session closed (<c>session_timeout_message</c>).</summary>
    [JsonPropertyName("session_timeout_message")]
    public string? SessionTimeoutMessage { get; init; }

    /// <summary>The text shown when a file was uploaded (<c>file_uploaded_text</c>).</summary>
    [JsonPropertyName("file_uploaded_text")]
    public string? FileUploadedText { get; init; }

    /// <summary>The text shown while the agent types (<c>agent_typing_text</c>).</summary>
    [JsonPropertyName("agent_typing_text")]
    public string? AgentTypingText { get; init; }

    /// <summary>Whether to show a survey after the chat (<c>show_survey_after_chat</c>), as it came; often <c>null</c>.</summary>
    [JsonPropertyName("show_survey_after_chat")]
    public JsonElement? ShowSurveyAfterChat { get; init; }

    /// <summary>The settings this SDK does not type, as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
