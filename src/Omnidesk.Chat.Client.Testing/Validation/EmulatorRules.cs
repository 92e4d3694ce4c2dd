namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The emulator's one rule table: every field each endpoint reads, its documented rule (Omnidesk's Chat API reference for v2,
/// the integration guide for the chatbot and the chat service, the v1 chats API reference for v1; see <c>docs/wire-format.md</c>) and whether it is required.
/// </summary>
internal static class EmulatorRules
{
    public const string ChatAccountToken = "chatAccountToken";

    public static readonly string[] Events = ["startedtyping", "stoppedtyping", "expandedchat", "minimizedchat"];

    public static readonly string[] ChannelTypes = ["widget", "waha", "whatsapp", "instagram", "api"];

    private static readonly FieldRule ChatServerRule = FieldRule.Pattern("chatServer", EmulatorPatterns.ChatServer(), 5);
    private static readonly FieldRule TokenRule = FieldRule.Pattern(ChatAccountToken, EmulatorPatterns.Token(), 10);
    private static readonly FieldRule SessionIdRule = FieldRule.Pattern("chatSessionID", EmulatorPatterns.SessionId());

    private static readonly Dictionary<EmulatorEndpoint, FieldSpec[]> Table = new()
    {
        [EmulatorEndpoint.RequestChatConfig] = [Required(ChatServerRule), Required(TokenRule)],
        [EmulatorEndpoint.NotifyUserNewChatMessage] =
        [
            Required(ChatServerRule),
            Required(FieldRule.Pattern("chatSessionID", EmulatorPatterns.MessageSessionId())),
            Required(TokenRule),
            Optional(FieldRule.Integer("channelID")),
            Required(FieldRule.NonEmpty("message")),
            Optional(FieldRule.Any("url")),
            Optional(FieldRule.Integer("messageNumber", minimum: 1)),
            Optional(FieldRule.Boolean("usedPredefinedUserInput")),
            Optional(FieldRule.Any("additionalData")),
            Optional(FieldRule.Any("externalAddressOverwrite")),
            Optional(FieldRule.Pattern("customerName", EmulatorPatterns.CustomerName())),
            Optional(FieldRule.Email("emailAddress")),
            Optional(FieldRule.Pattern("phoneNumber", EmulatorPatterns.PhoneNumber())),
        ],
        [EmulatorEndpoint.NotifyUserNewChatEvent] =
            [Required(ChatServerRule), Required(SessionIdRule), Required(FieldRule.OneOf("event", Events))],
        [EmulatorEndpoint.NotifyUserVisited] =
            [Required(ChatServerRule), Required(SessionIdRule), Required(FieldRule.NonEmpty("url"))],
        [EmulatorEndpoint.NotifyUserEndChat] = [Required(ChatServerRule), Required(SessionIdRule)],
        [EmulatorEndpoint.AddAttachment] = [Required(ChatServerRule), Required(SessionIdRule), Required(TokenRule)],
        [EmulatorEndpoint.CheckOriginAndIp] =
        [
            Optional(ChatServerRule),
            Required(TokenRule),
            Required(FieldRule.Pattern("origin", EmulatorPatterns.Origin())),
            Optional(FieldRule.Any("ip")),
        ],
        [EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps] = [],
        [EmulatorEndpoint.RequestChatQueue] = [Required(TokenRule)],
        [EmulatorEndpoint.CreateChatbotLog] =
        [
            Required(FieldRule.EmailOrPhone("from")),
            Required(FieldRule.NonEmpty("subject")),
            Required(FieldRule.NonEmpty("message")),
            Optional(FieldRule.Any("brandID")),
        ],
        [EmulatorEndpoint.ChatServiceRequestChatConfig] =
            [Required(TokenRule), Required(FieldRule.NonEmpty("chatServerToken"))],
        [EmulatorEndpoint.ListChats] =
        [
            Optional(FieldRule.Uuid("channelIds")),
            Optional(FieldRule.OneOf("channelTypes", ChannelTypes)),
            Optional(FieldRule.DateTime("lastChatMessageCreatedAtStart")),
            Optional(FieldRule.DateTime("lastChatMessageCreatedAtEnd")),
            Optional(FieldRule.Uuid("ownerIds")),
            Optional(PageNumber()),
            Optional(PageSize()),
            Optional(FieldRule.Uuid("responderIds")),
            Optional(FieldRule.Uuid("responderVersionIds")),
            Optional(FieldRule.Any("search")),
        ],
        [EmulatorEndpoint.ListChatDetails] =
        [
            Optional(FieldRule.Uuid("channelIds")),
            Optional(PageNumber()),
            Optional(PageSize()),
            Optional(FieldRule.Uuid("responderIds")),
            Optional(FieldRule.Uuid("responderVersionIds")),
            Optional(FieldRule.Any("search")),
        ],
        [EmulatorEndpoint.GetChatDetails] = [Optional(FieldRule.Uuid("responderVersionId"))],
    };

    /// <summary>The rule of a v1 chat id in the path.</summary>
    public static readonly FieldRule ChatId = FieldRule.Uuid("id");

    /// <summary>The rules of the v1 JSON body fields.</summary>
    public static readonly FieldRule ChannelId = FieldRule.Uuid("channelId");

    public static readonly FieldRule OwnerId = FieldRule.Uuid("ownerId");

    public static readonly FieldRule LastChatMessageCreatedAt = FieldRule.DateTime("lastChatMessageCreatedAt");

    /// <summary>Gets the fields an endpoint reads (empty for endpoints whose input is a JSON body).</summary>
    public static IReadOnlyList<FieldSpec> For(EmulatorEndpoint endpoint)
        => Table.TryGetValue(endpoint, out var fields) ? fields : [];

    /// <summary>
    /// Checks every field of <paramref name="endpoint"/>; <paramref name="values"/> gives all values of a field
    /// (empty when absent). Returns the first violation as <c>"field: rule"</c>, or <see langword="null"/>.
    /// </summary>
    public static string? Check(EmulatorEndpoint endpoint, Func<string, IReadOnlyList<string>> values)
    {
        foreach (var field in For(endpoint))
        {
            var given = values(field.Name);
            if (given.Count == 0)
            {
                if (field.Required)
                {
                    return $"{field.Name}: is required";
                }

                continue;
            }

            foreach (var value in given)
            {
                if (!field.Rule.Accepts(value))
                {
                    return field.Rule.Violation();
                }
            }
        }

        return null;
    }

    private static FieldRule PageNumber() => FieldRule.Integer("pageNumber", minimum: 1);

    private static FieldRule PageSize() => FieldRule.Integer("pageSize", minimum: 1, maximum: 100);

    private static FieldSpec Required(FieldRule rule) => new(rule, Required: true);

    private static FieldSpec Optional(FieldRule rule) => new(rule, Required: false);
}
