namespace Omnidesk.Chat.Client.Testing;

/// <summary>A field an endpoint reads, with its rule and whether the endpoint needs it.</summary>
internal sealed record FieldSpec(FieldRule Rule, bool Required)
{
    public string Name => Rule.Name;
}
