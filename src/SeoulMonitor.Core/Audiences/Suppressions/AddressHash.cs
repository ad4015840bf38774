using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>The hash suppression entries are matched by: lower-case hex SHA-256 of the normalised address in UTF-8.</summary>
public static class AddressHash
{
    /// <summary>The hash of an already normalised address (<see cref="Subscribers.SubscriberAddress"/>).</summary>
    public static string Of(string normalizedAddress)
    {
        ArgumentNullException.ThrowIfNull(normalizedAddress);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedAddress)));
    }
}
