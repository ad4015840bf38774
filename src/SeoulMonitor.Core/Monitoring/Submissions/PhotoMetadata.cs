using System.Buffers.Binary;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Removes the metadata a phone writes into a photo (EXIF with GPS position, device and sometimes the owner's name;
/// XMP; IPTC; comments; text chunks) before it is stored, so nothing in a photo identifies or locates a monitor beyond
/// what the submission itself records. JPEG (APP1, APP3–APP13, APP15, COM segments; JFIF, ICC and Adobe segments are
/// kept), PNG (tEXt, zTXt, iTXt, eXIf, tIME chunks) and WebP (EXIF and XMP chunks, with the VP8X flags cleared).
/// HEIC/HEIF is stored as received (its metadata lives in ISO BMFF item boxes; not rewritten). A file whose structure
/// cannot be walked is stored as received.
/// </summary>
internal static class PhotoMetadata
{
    /// <summary>The content without metadata (the same memory when there was none or the type is not rewritten).</summary>
    public static ReadOnlyMemory<byte> Strip(string contentType, ReadOnlyMemory<byte> content) => contentType switch
    {
        PhotoContent.Jpeg => Jpeg(content) is { } jpeg ? jpeg : content,
        PhotoContent.PngType => Png(content) is { } png ? png : content,
        PhotoContent.WebP => WebP(content) is { } webp ? webp : content,
        _ => content,
    };

    private static byte[]? Jpeg(ReadOnlyMemory<byte> content)
    {
        var b = content.Span;
        using var output = new MemoryStream(b.Length);
        output.Write(b[..2]);
        var pos = 2;
        var dropped = false;
        while (pos + 1 < b.Length)
        {
            if (b[pos] != 0xFF)
            {
                return null;
            }

            var marker = b[pos + 1];
            if (marker == 0xFF)
            {
                pos++;
                continue;
            }

            if (marker == 0xDA || marker == 0xD9)
            {
                output.Write(b[pos..]);
                return dropped ? output.ToArray() : null;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                output.Write(b.Slice(pos, 2));
                pos += 2;
                continue;
            }

            if (pos + 4 > b.Length)
            {
                return null;
            }

            var end = pos + 2 + BinaryPrimitives.ReadUInt16BigEndian(b.Slice(pos + 2, 2));
            if (end > b.Length)
            {
                return null;
            }

            if (marker is 0xE1 or (>= 0xE3 and <= 0xED) or 0xEF or 0xFE)
            {
                dropped = true;
            }
            else
            {
                output.Write(b[pos..end]);
            }

            pos = end;
        }

        return null;
    }

    private static byte[]? Png(ReadOnlyMemory<byte> content)
    {
        var b = content.Span;
        using var output = new MemoryStream(b.Length);
        output.Write(b[..8]);
        var pos = 8;
        var dropped = false;
        while (pos + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b.Slice(pos, 4));
            if (length > int.MaxValue - 12 || pos + 12 + (long)length > b.Length)
            {
                return null;
            }

            var end = pos + 12 + (int)length;
            var type = b.Slice(pos + 4, 4);
            if (type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8)
                || type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tIME"u8))
            {
                dropped = true;
            }
            else
            {
                output.Write(b[pos..end]);
            }

            pos = end;
            if (type.SequenceEqual("IEND"u8))
            {
                break;
            }
        }

        return dropped && pos == b.Length ? output.ToArray() : null;
    }

    private static byte[]? WebP(ReadOnlyMemory<byte> content)
    {
        var b = content.Span;
        var chunks = new List<(int Start, int End, bool Keep, bool IsVp8X)>();
        var pos = 12;
        var dropped = false;
        while (pos + 8 <= b.Length)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(b.Slice(pos + 4, 4));
            var padded = (long)size + (size & 1);
            if (pos + 8 + padded > b.Length)
            {
                return null;
            }

            var end = pos + 8 + (int)padded;
            var fourcc = b.Slice(pos, 4);
            var drop = fourcc.SequenceEqual("EXIF"u8) || fourcc.SequenceEqual("XMP "u8);
            dropped |= drop;
            chunks.Add((pos, end, !drop, fourcc.SequenceEqual("VP8X"u8)));
            pos = end;
        }

        if (!dropped || pos != b.Length)
        {
            return null;
        }

        var output = new byte[12 + chunks.Where(c => c.Keep).Sum(c => c.End - c.Start)];
        b[..12].CopyTo(output);
        var at = 12;
        foreach (var chunk in chunks.Where(c => c.Keep))
        {
            b[chunk.Start..chunk.End].CopyTo(output.AsSpan(at));
            if (chunk.IsVp8X && chunk.End - chunk.Start > 8)
            {
                output[at + 8] &= unchecked((byte)~0x0C); // the EXIF (0x08) and XMP (0x04) flags
            }

            at += chunk.End - chunk.Start;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4, 4), (uint)(output.Length - 8));
        return output;
    }
}
