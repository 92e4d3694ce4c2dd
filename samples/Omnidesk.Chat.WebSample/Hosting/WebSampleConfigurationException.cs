namespace Omnidesk.Chat.WebSample.Hosting;

/// <summary>The sample's configuration cannot work; the message says which key to set.</summary>
internal sealed class WebSampleConfigurationException(string message) : Exception(message);
