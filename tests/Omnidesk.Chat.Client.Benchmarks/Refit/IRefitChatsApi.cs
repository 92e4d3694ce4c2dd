using Refit;

namespace Omnidesk.Chat.Client.Benchmarks.Refit;

/// <summary>The v1 list call as Refit 16.4 declares it.</summary>
[Headers("Accept: application/json")]
public interface IRefitChatsApi
{
    [Get("/api/v1/chats")]
    Task<IReadOnlyList<Chat>> ListChatsAsync([Header("authorization")] string authorization, int pageNumber, int pageSize);
}
