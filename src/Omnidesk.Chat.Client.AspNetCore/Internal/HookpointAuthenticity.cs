using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>The two authenticity checks, as small pure functions: the secret path token and the source network.</summary>
internal sealed class HookpointAuthenticity
{
    private readonly byte[]? _tokenHash;
    private readonly System.Net.IPNetwork[] _allowedNetworks;

    public HookpointAuthenticity(OmnideskHookpointOptions options)
    {
        _tokenHash = options.RequireSecretToken ? Hash(options.Token!) : null;
        _allowedNetworks = [.. options.AllowedNetworks.Select(network => System.Net.IPNetwork.Parse(network))];
    }

    /// <summary>
    /// Compares the token from the path with the configured one in constant time (over SHA-256 hashes, so that
    /// neither the content nor the length leaks through timing).
    /// </summary>
    public bool TokenMatches(string? presented) =>
        _tokenHash is null
        || (presented is not null && CryptographicOperations.FixedTimeEquals(Hash(presented), _tokenHash));

    public bool SourceAllowed(IPAddress? remoteAddress)
    {
        if (_allowedNetworks.Length == 0)
        {
            return true;
        }

        if (remoteAddress is null)
        {
            return false;
        }

        var address = remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress;
        return _allowedNetworks.Any(network => network.Contains(address));
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
