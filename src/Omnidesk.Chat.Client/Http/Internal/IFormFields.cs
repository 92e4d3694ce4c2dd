namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>A request body whose text fields can be read back by name, so that the secrets a request carries can be masked.</summary>
internal interface IFormFields
{
    /// <summary>The value of the field <paramref name="name"/>, or <see langword="null"/> when the body has none.</summary>
    string? ValueOf(string name);
}
