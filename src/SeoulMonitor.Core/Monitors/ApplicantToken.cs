using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The applicant's secret: random, shown once, stored only as its SHA-256.</summary>
internal static class ApplicantToken
{
    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(MonitorLimits.AccessTokenBytes));
        return (token, Hash(token));
    }

    public static bool Matches(string? token, string hash)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MonitorLimits.AccessTokenMaxLength)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
