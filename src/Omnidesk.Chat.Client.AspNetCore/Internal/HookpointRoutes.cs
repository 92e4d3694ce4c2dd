using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>The documented path of each hookpoint under <c>{chatServer}</c>.</summary>
internal static class HookpointRoutes
{
    public static IReadOnlyList<(HookpointKind Kind, string Path)> All { get; } =
    [
        (HookpointKind.MessageForCustomer, "messageForCustomer"),
        (HookpointKind.UploadForCustomer, "uploadForCustomer"),
        (HookpointKind.TypingIndicatorForCustomer, "typingIndicatorForCustomer"),
        (HookpointKind.EndSession, "endSession"),
    ];

    public const string TokenRouteValue = "omnideskHookpointToken";
}
