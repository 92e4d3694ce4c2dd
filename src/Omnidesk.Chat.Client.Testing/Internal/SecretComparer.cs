using System.Security.Cryptography;
using System.Text;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>Compares a presented secret with the expected one in constant time.</summary>
internal static class SecretComparer
{
    public static bool Matches(string? presented, string expected)
        => presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
