using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Training;

/// <summary>Random, single-use attendance codes; only their hash is stored.</summary>
internal static class AttendanceCodes
{
    public static string New() => RandomNumberGenerator.GetString(TrainingLimits.CodeAlphabet, TrainingLimits.CodeLength);

    /// <summary>SHA-256 over the session id and the normalised code (so equal codes differ between sessions).</summary>
    public static string Hash(Guid sessionId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{sessionId:N}:{Normalize(code)}")));

    /// <summary>Upper case, without spaces and hyphens, so that <c>abcd-efgh</c> matches <c>ABCDEFGH</c>.</summary>
    public static string Normalize(string code) =>
        code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
