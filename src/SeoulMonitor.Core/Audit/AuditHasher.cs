using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Audit;

/// <summary>Computes the chained hash of an audit entry over length-prefixed fields.</summary>
internal static class AuditHasher
{
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.ActorKind);
        Append(hash, entry.ActorId);
        Append(hash, entry.EntityType);
        Append(hash, entry.EntityId);
        Append(hash, entry.Event);
        Append(hash, entry.FromState);
        Append(hash, entry.ToState);
        Append(hash, entry.Reason);
        Append(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Truncates to 100 microseconds in UTC, the precision both providers keep: PostgreSQL stores microseconds, the SQLite
    /// model stores instants as binary values of 1,000 ticks. A finer instant would be hashed with digits the database
    /// drops, and the stored entry would no longer match its hash.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 1000), TimeSpan.Zero);

    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
