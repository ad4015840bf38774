using System.Buffers.Binary;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Recognises images by their first bytes, never by name or declared type: JPEG (<c>FF D8 FF</c>), PNG (the 8-byte
/// signature), WebP (<c>RIFF</c>…<c>WEBP</c>) and HEIC/HEIF (an ISO BMFF <c>ftyp</c> box whose major or a compatible
/// brand is heic, heix, hevc, hevx, mif1 or msf1). Anything else is not an image.
/// </summary>
public static class PhotoContent
{
    /// <summary>The media type of JPEG.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>The media type of PNG.</summary>
    public const string PngType = "image/png";

    /// <summary>The media type of WebP.</summary>
    public const string WebP = "image/webp";

    /// <summary>The media type of HEIC/HEIF.</summary>
    public const string Heic = "image/heic";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "mif1", "msf1"];

    /// <summary>The media type of the content (<c>image/jpeg</c>, <c>image/png</c>, <c>image/webp</c>, <c>image/heic</c>), or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return Jpeg;
        }

        if (content.StartsWith(Png))
        {
            return PngType;
        }

        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return IsHeif(content) ? Heic : null;
    }

    private static bool IsHeif(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(content);
        if (boxSize < 16 || boxSize > content.Length)
        {
            return false;
        }

        if (IsHeifBrand(content[8..12]))
        {
            return true;
        }

        for (var offset = 16; offset + 4 <= boxSize; offset += 4)
        {
            if (IsHeifBrand(content.Slice(offset, 4)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand)
    {
        foreach (var candidate in HeifBrands)
        {
            if (brand.Length == 4 && brand[0] == candidate[0] && brand[1] == candidate[1] && brand[2] == candidate[2] && brand[3] == candidate[3])
            {
                return true;
            }
        }

        return false;
    }
}
