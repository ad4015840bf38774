using System.Buffers.Binary;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// One fixed-size (48-byte, little-endian) journal record: bytes 0–1 magic "SJ", 2 version, 3 state, 4–7 reply code,
/// 8–23 campaign id, 24–31 sequence, 32–43 reserved (zero), 44–47 FNV-1a checksum of bytes 0–43. A torn or zeroed record
/// (a process killed between two writes) fails the magic or checksum test and is skipped.
/// </summary>
internal readonly record struct JournalRecord(Guid CampaignId, long Sequence, DeliveryState State, int ReplyCode)
{
    public const int Size = 48;
    private const byte Version = 1;

    public void WriteTo(Span<byte> buffer)
    {
        buffer = buffer[..Size];
        buffer.Clear();
        buffer[0] = (byte)'S';
        buffer[1] = (byte)'J';
        buffer[2] = Version;
        buffer[3] = (byte)State;
        BinaryPrimitives.WriteInt32LittleEndian(buffer[4..], ReplyCode);
        CampaignId.TryWriteBytes(buffer[8..24]);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[24..], Sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer[44..], Checksum(buffer[..44]));
    }

    public static bool TryRead(ReadOnlySpan<byte> buffer, out JournalRecord record)
    {
        record = default;
        if (buffer.Length < Size || buffer[0] != 'S' || buffer[1] != 'J' || buffer[2] != Version
            || BinaryPrimitives.ReadUInt32LittleEndian(buffer[44..]) != Checksum(buffer[..44]))
        {
            return false;
        }

        var state = (DeliveryState)buffer[3];
        if (!Enum.IsDefined(state))
        {
            return false;
        }

        record = new JournalRecord(
            new Guid(buffer[8..24]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[24..]),
            state,
            BinaryPrimitives.ReadInt32LittleEndian(buffer[4..]));
        return true;
    }

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
