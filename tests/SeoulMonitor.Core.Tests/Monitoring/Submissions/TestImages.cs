using System.Text;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Tiny files with real image headers, and look-alikes that are not images.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int length = 64, byte fill = 1) => Pad([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8], length, fill);

    public static byte[] Png(int length = 64) => Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8], length, 2);

    public static byte[] Webp(int length = 64) => Pad([.. "RIFF"u8, 0x38, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8], length, 3);

    /// <summary>An ISO BMFF <c>ftyp</c> box with major brand <paramref name="major"/> and compatible brands.</summary>
    public static byte[] Ftyp(string major, params string[] compatible)
    {
        var size = 16 + (4 * compatible.Length);
        byte[] box = [0, 0, 0, (byte)size, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(major), 0, 0, 0, 0, .. compatible.SelectMany(Encoding.ASCII.GetBytes)];
        return Pad(box, 64, 4);
    }

    public static byte[] Heic() => Ftyp("heic", "mif1", "heic");

    public static byte[] Text() => Encoding.UTF8.GetBytes("이것은 사진이 아닙니다. not a photo, although it was named photo.jpg");

    public static byte[] Executable() => Pad([.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0], 64, 0);

    private static byte[] Pad(byte[] header, int length, byte fill)
    {
        var bytes = new byte[Math.Max(length, header.Length)];
        Array.Fill(bytes, fill);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
