using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>The two authenticity checks, as small pure functions: the secret path token and the source network.</summary>
internal sealed class HookpointAuthenticity
{
    private const int StackLimit = 256;

    private readonly byte[]? _tokenHash;
    private readonly byte[]? _previousTokenHash;
    private readonly System.Net.IPNetwork[] _allowedNetworks;

    public HookpointAuthenticity(OmnideskHookpointOptions options)
    {
        _tokenHash = options.RequireSecretToken ? Hash(options.Token!) : null;
        _previousTokenHash = options.RequireSecretToken && options.PreviousToken is { } previous ? Hash(previous) : null;
        _allowedNetworks = [.. options.AllowedNetworks.Select(network => System.Net.IPNetwork.Parse(network))];
    }

    /// <summary>
    /// Compares the token from the path with the configured one in constant time (over SHA-256 hashes, so that
    /// neither the content nor the length leaks through timing). During a rotation the previous token matches too;
    /// both are always compared, so timing does not tell which one matched.
    /// </summary>
    public bool TokenMatches(string? presented)
    {
        if (_tokenHash is null)
        {
            return true;
        }

        if (presented is null)
        {
            return false;
        }

        // Hashed on the stack when it fits (a real token does): the check runs on every hookpoint request.
        var length = Encoding.UTF8.GetByteCount(presented);
        Span<byte> utf8 = length <= StackLimit ? stackalloc byte[StackLimit] : new byte[length];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(presented, utf8)], hash);
        var current = CryptographicOperations.FixedTimeEquals(hash, _tokenHash);
        var previous = CryptographicOperations.FixedTimeEquals(hash, _previousTokenHash ?? _tokenHash);
        return current | previous;
    }

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
