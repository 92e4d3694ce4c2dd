using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.ChatsApi.Internal;
using Omnidesk.Chat.Client.Pipeline;
using Microsoft.Extensions.Http.Resilience;
using Polly;
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

    private RefitClients(Uri baseAddress, HttpMessageHandler? primaryHandler, bool withPipeline = false)
    {
        var services = new ServiceCollection();
        Configure(services.AddRefitGeneratedClient<IRefitChatApi>(ChatJsonContext.Default), baseAddress, primaryHandler, withPipeline);
        Configure(services.AddRefitGeneratedClient<IRefitChatsApi>(ChatsJsonContext.Default), baseAddress, primaryHandler, withPipeline);
        _services = services.BuildServiceProvider();
        Chat = _services.GetRequiredService<IRefitChatApi>();
        Chats = _services.GetRequiredService<IRefitChatsApi>();
    }

    public IRefitChatApi Chat { get; }

    public IRefitChatsApi Chats { get; }

    public static RefitClients InMemory(HttpMessageHandler primaryHandler, bool withPipeline = false) => new(Sample.InMemoryAddress, primaryHandler, withPipeline);

    public static RefitClients Over(Uri baseAddress, bool withPipeline = false) => new(baseAddress, null, withPipeline);

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

    /// <summary>
    /// The row "Refit alone + the same resilience pipeline": the library's resilience handler with the strategies
    /// of the SDK's pipeline at the SDK's defaults (total timeout, retry, circuit breaker, attempt timeout), without
    /// the SDK's own layer (its per-operation rule, failure translation, telemetry, answer reading).
    /// </summary>
    private static void AddSdkShapedPipeline(IHttpClientBuilder builder)
    {
        var options = new OmnideskResilienceOptions();
        builder.AddResilienceHandler("omnidesk", pipeline =>
        {
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });
            pipeline.AddRetry(new HttpRetryStrategyOptions { Name = "Retry", MaxRetryAttempts = options.MaxRetryAttempts, Delay = options.BaseDelay, UseJitter = options.UseJitter });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "CircuitBreaker",
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
            });
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
        });
    }

    private static void Configure(IHttpClientBuilder builder, Uri baseAddress, HttpMessageHandler? primaryHandler, bool withPipeline)
    {
        if (withPipeline)
        {
            AddSdkShapedPipeline(builder);
        }

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
