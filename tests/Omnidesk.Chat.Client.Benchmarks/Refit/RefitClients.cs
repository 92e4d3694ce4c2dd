using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.Chats.Internal;
using Omnidesk.Chat.Client.Pipeline;
using Refit;

namespace Omnidesk.Chat.Client.Benchmarks.Refit;

/// <summary>
/// Refit 16.4 beside the SDK, not under it: source-generated clients (<c>AddRefitGeneratedClient</c>) over the
/// same primary handler and the SDK's own source-generated JSON contexts, with the IHttpClientFactory defaults
/// (no resilience, the factory's loggers removed as the SDK removes them), sending the raw baseline's request.
/// </summary>
internal sealed class RefitClients : IDisposable
{
    /// <summary>Refit's multipart boundary is fixed per method; this one has the length of the others' (32).</summary>
    public const string Boundary = "0123456789abcdef0123456789abcdef";

    private readonly ServiceProvider _services;

    private RefitClients(Uri baseAddress, HttpMessageHandler? primaryHandler)
    {
        var services = new ServiceCollection();
        Configure(services.AddRefitGeneratedClient<IRefitChatApi>(ChatJsonContext.Default), baseAddress, primaryHandler);
        Configure(services.AddRefitGeneratedClient<IRefitChatsApi>(ChatsJsonContext.Default), baseAddress, primaryHandler);
        _services = services.BuildServiceProvider();
        Chat = _services.GetRequiredService<IRefitChatApi>();
        Chats = _services.GetRequiredService<IRefitChatsApi>();
    }

    public IRefitChatApi Chat { get; }

    public IRefitChatsApi Chats { get; }

    public static RefitClients InMemory(HttpMessageHandler primaryHandler) => new(Sample.InMemoryAddress, primaryHandler);

    public static RefitClients Over(Uri baseAddress) => new(baseAddress, null);

    /// <summary>The message the raw baseline sends, every field given.</summary>
    public Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(NewChatMessage message) => Chat.NotifyUserNewChatMessageAsync(
        Sample.ApiKey,
        Sample.ChatServer,
        message.ChatSessionId,
        Sample.ChatAccountToken,
        message.ChannelId!.Value.ToString(CultureInfo.InvariantCulture),
        message.Message,
        message.Url!,
        message.MessageNumber!.Value.ToString(CultureInfo.InvariantCulture),
        message.UsedPredefinedUserInput!.Value ? "true" : "false",
        message.AdditionalData!,
        message.ExternalAddressOverwrite!,
        message.CustomerName!,
        message.EmailAddress!,
        message.PhoneNumber!);

    public Task<IReadOnlyList<Chat>> ListChatsAsync(int pageNumber, int pageSize) => Chats.ListChatsAsync(Sample.ApiKey, pageNumber, pageSize);

    public void Dispose() => _services.Dispose();

    private static void Configure(IHttpClientBuilder builder, Uri baseAddress, HttpMessageHandler? primaryHandler)
    {
        builder.ConfigureHttpClient(client =>
        {
            client.BaseAddress = baseAddress;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(OmnideskUserAgent.Sdk); // the same headers as the SDK's
        }).RemoveAllLoggers();
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }
    }
}
