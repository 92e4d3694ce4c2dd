using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.WebSample.Bot;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// What the customer's page can do: talk to the bot, hand over to a person (one call:
/// <see cref="IOmnideskConversations.StartAsync"/>), then talk to the agent, whose side arrives from
/// the conversation's event stream (<c>MapOmnideskConversationEvents</c>) straight to the page.
/// </summary>
internal sealed partial class CustomerChat(
    IOmnideskConversations conversations,
    ShopBot bot,
    IHostApplicationLifetime lifetime,
    ILogger<CustomerChat> logger)
{
    public async Task SayAsync(ChatSession session, string text, CancellationToken cancellationToken)
    {
        await session.Turn.WaitAsync(cancellationToken);
        try
        {
            session.Add("customer", l => l with { Author = "You", Text = text });
            if (session.Conversation is { } conversation)
            {
                await SendToAgentAsync(session, conversation, text, cancellationToken);
                return;
            }

            session.BotTranscript.Add(new TranscriptLine("Customer", text));
            if (bot.WantsAPerson(text))
            {
                await HandOverAsync(session, text, cancellationToken);
                return;
            }

            Bot(session, bot.Answer(text));
        }
        finally
        {
            session.Turn.Release();
        }
    }

    public async Task TalkToAPersonAsync(ChatSession session, string? customerName, CancellationToken cancellationToken)
    {
        await session.Turn.WaitAsync(cancellationToken);
        try
        {
            if (session.Conversation is null && !session.Ended)
            {
                await HandOverAsync(session, "I'd like to talk to a person, please.", cancellationToken, customerName);
            }
        }
        finally
        {
            session.Turn.Release();
        }
    }

    public async Task SetTypingAsync(ChatSession session, bool typing, CancellationToken cancellationToken)
    {
        if (session.Conversation is { } conversation && !session.Ended)
        {
            await conversation.SetTypingAsync(typing, cancellationToken);
        }
    }

    public async Task EndAsync(ChatSession session, CancellationToken cancellationToken)
    {
        if (session.Conversation is { } conversation && !session.Ended)
        {
            await conversation.EndAsync(cancellationToken); // the page's event stream then says "You ended the chat."
        }
        else if (!session.Ended)
        {
            session.Ended = true;
            session.Add("ended", l => l with { Text = "You closed the chat." });
        }
    }

    /// <summary>The largest file the page sends to the agent (the conversations' own limits per media type apply as well).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>What the customer reads when a file is over <see cref="MaxFileBytes"/>.</summary>
    public const string TooLarge = "That file was not sent: files of up to 10 MB can be sent here.";

    /// <summary>
    /// Sends the customer's file to the agent once the chat is handed over. The body is read into memory first, and
    /// never more than <see cref="MaxFileBytes"/> of it whatever the host's own limit: the conversation checks a file's
    /// size before it sends anything, so it needs a stream that knows its length. Only the last segment of the name
    /// the browser gave is used (never a path), at most 255 characters.
    /// </summary>
    /// <exception cref="CustomerRequestRefusedException">The file cannot go (why is in its message); nothing was sent.</exception>
    public async Task SendFileAsync(ChatSession session, string rawFileName, string? contentType, long? declaredLength, Stream body, CancellationToken cancellationToken)
    {
        if (session.Conversation is not { } conversation || session.Ended)
        {
            throw new CustomerRequestRefusedException("Files can be sent once you are talking to our team.");
        }

        var fileName = Path.GetFileName(rawFileName.Replace('\\', '/'));
        if (fileName.Length is 0 or > 255)
        {
            throw new CustomerRequestRefusedException("That file was not sent: its name must be 1 to 255 characters.", StatusCodes.Status400BadRequest);
        }

        if (declaredLength > MaxFileBytes)
        {
            throw new CustomerRequestRefusedException(TooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > MaxFileBytes)
            {
                throw new CustomerRequestRefusedException(TooLarge, StatusCodes.Status413PayloadTooLarge);
            }

            content.Write(buffer, 0, read);
        }

        content.Position = 0;
        try
        {
            await conversation.SendFileAsync(content, fileName, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, cancellationToken);
        }
        catch (OmnideskConversationEndedException)
        {
            throw new CustomerRequestRefusedException("This chat has ended, so the file was not sent.");
        }
        catch (ArgumentException e)
        {
            // A name or media type the conversation refuses (control characters, a malformed type): nothing was sent.
            throw new CustomerRequestRefusedException("That file was not sent: " + e.Message, StatusCodes.Status400BadRequest);
        }

        session.Add("customer-file", l => l with { Author = "You", FileName = fileName, Size = content.Length });
    }

    /// <summary>Opens an agent's file for the customer; <see langword="null"/> when it is gone (a file opens once).</summary>
    public async Task<(AgentFile File, Stream Content)?> OpenFileAsync(ChatSession session, string fileId, CancellationToken cancellationToken)
    {
        if (session.Conversation is not { } conversation || !session.Files.TryRemove(fileId, out var file))
        {
            return null;
        }

        var content = await conversation.OpenFileAsync(file, cancellationToken);
        return content is null ? null : (file, content);
    }

    private static void Bot(ChatSession session, string text)
    {
        session.BotTranscript.Add(new TranscriptLine("Bot", text));
        session.Add("bot", l => l with { Author = "Shop bot", Text = text });
    }

    private async Task HandOverAsync(ChatSession session, string message, CancellationToken cancellationToken, string? customerName = null)
    {
        var result = await conversations.StartAsync(new ConversationStartRequest
        {
            SessionId = session.Id,
            Message = message,
            BotTranscript = [.. session.BotTranscript],
            CustomerName = string.IsNullOrWhiteSpace(customerName) ? null : OmnideskCustomerName.FromDisplayName(customerName),
            CheckAgentsAvailable = true,
        }, cancellationToken);

        if (result.Outcome == ConversationStartOutcome.NoAgentsAvailable || result.Conversation is null)
        {
            Bot(session, "Sorry, no one from our team is available right now. Please try again later, or ask me.");
            return;
        }

        session.Conversation = result.Conversation;
        session.Add("connected", l => l with { Text = $"You are now connected to our team (ticket #{result.Conversation.TicketId}). An agent will answer here." });
        _ = KeepAgentSideAsync(session, result.Conversation);
    }

    private async Task SendToAgentAsync(ChatSession session, OmnideskConversation conversation, string text, CancellationToken cancellationToken)
    {
        try
        {
            await conversation.SendAsync(text, cancellationToken);
        }
        catch (OmnideskConversationEndedException)
        {
            session.Add("notice", l => l with { Text = "This chat has ended, so the message was not sent." });
        }
    }

    /// <summary>
    /// Keeps the agent's files and the end for this app (reader <c>web-sample</c>, apart from the page's stream). A
    /// store outage ends a read; reading again resumes after the last event consumed, so it reads until the end.
    /// </summary>
    private async Task KeepAgentSideAsync(ChatSession session, OmnideskConversation conversation)
    {
        var stopping = lifetime.ApplicationStopping;
        while (!session.Ended && !stopping.IsCancellationRequested)
        {
            try
            {
                await foreach (var e in conversation.ReadEventsAsync("web-sample", stopping))
                {
                    AgentFiles.Observe(session, e);
                }

                return;
            }
            catch (OperationCanceledException)
            {
                return; // The app is stopping.
            }
            catch (OmnideskStoreUnavailableException exception)
            {
                Log.ReadFailed(logger, exception, session.Id);
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // Nobody awaits this task: say what failed rather than lose it.
                Log.KeepFailed(logger, exception, session.Id);
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the agent's side of {SessionId} failed; reading again in 1 s")]
        public static partial void ReadFailed(ILogger logger, Exception exception, string sessionId);

        [LoggerMessage(Level = LogLevel.Error, Message = "Keeping the agent's files of {SessionId} failed; its downloads may not open")]
        public static partial void KeepFailed(ILogger logger, Exception exception, string sessionId);
    }
}
