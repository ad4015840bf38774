using System.Buffers.Binary;
using System.Text;
using SeoulMonitor.Core.Monitoring.Submissions;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

public sealed class PhotoMetadataTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("GPS 37.5665N 126.9780E owner 홍길동 Galaxy S24");

    [Fact]
    public void Strip_JpegWithExifXmpAndComment_KeepsJfifIccAndTheImage()
    {
        byte[] jfif = Segment(0xE0, "JFIF\0"u8.ToArray());
        byte[] icc = Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, 9, 9]);
        byte[] scan = [0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0xAB, 0xCD, 0xFF, 0xD9];
        byte[] photo = [0xFF, 0xD8, .. jfif, .. Segment(0xE1, [.. "Exif\0\0"u8, .. Secret]), .. icc, .. Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Secret]), .. Segment(0xFE, Secret), .. Segment(0xED, Secret), .. scan];

        var stripped = PhotoMetadata.Strip(PhotoContent.Jpeg, photo).ToArray();

        Assert.Equal([0xFF, 0xD8, .. jfif, .. icc, .. scan], stripped);
        Assert.Equal(PhotoContent.Jpeg, PhotoContent.Detect(stripped));
    }

    [Fact]
    public void Strip_PngWithTextAndExifChunks_KeepsTheImageChunks()
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        byte[] header = Chunk("IHDR", new byte[13]);
        byte[] data = Chunk("IDAT", [1, 2, 3, 4]);
        byte[] end = Chunk("IEND", []);
        byte[] photo = [.. signature, .. header, .. Chunk("tEXt", [.. "Author\0"u8, .. Secret]), .. Chunk("eXIf", Secret), .. data, .. Chunk("iTXt", Secret), .. end];

        var stripped = PhotoMetadata.Strip(PhotoContent.PngType, photo).ToArray();

        Assert.Equal([.. signature, .. header, .. data, .. end], stripped);
    }

    [Fact]
    public void Strip_WebpWithExifAndXmp_DropsThemClearsTheFlagsAndFixesTheSize()
    {
        byte[] vp8x = RiffChunk("VP8X", [0x0C | 0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
        byte[] image = RiffChunk("VP8 ", [9, 9, 9]);
        var photo = Riff([.. vp8x, .. image, .. RiffChunk("EXIF", Secret), .. RiffChunk("XMP ", Secret)]);

        var stripped = PhotoMetadata.Strip(PhotoContent.WebP, photo).ToArray();

        var expectedVp8X = (byte[])vp8x.Clone();
        expectedVp8X[8] = 0x10;
        Assert.Equal(Riff([.. expectedVp8X, .. image]), stripped);
        Assert.Equal(stripped.Length - 8, (int)BinaryPrimitives.ReadUInt32LittleEndian(stripped.AsSpan(4)));
    }

    [Theory]
    [InlineData("image/jpeg")]
    [InlineData("image/png")]
    [InlineData("image/webp")]
    public void Strip_NoMetadataOrUnwalkableStructure_ReturnsTheContentAsReceived(string contentType)
    {
        var truncated = contentType switch
        {
            "image/jpeg" => TestImages.Jpeg(),
            "image/png" => TestImages.Png(),
            _ => TestImages.Webp(),
        };

        Assert.Equal(truncated, PhotoMetadata.Strip(contentType, truncated).ToArray());
    }

    [Fact]
    public void Strip_RealJpegWithoutMetadata_IsStoredUnchanged()
    {
        var jpeg = Convert.FromBase64String(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
            "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

        Assert.Equal(jpeg, PhotoMetadata.Strip(PhotoContent.Jpeg, jpeg).ToArray());
    }

    [Fact]
    public void Strip_Heic_IsStoredAsReceived()
    {
        var heic = TestImages.Heic();

        Assert.Equal(heic, PhotoMetadata.Strip(PhotoContent.Heic, heic).ToArray());
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        return [.. length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }

    private static byte[] RiffChunk(string fourcc, byte[] data)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        return [.. Encoding.ASCII.GetBytes(fourcc), .. size, .. data, .. (data.Length % 2 == 1 ? new byte[] { 0 } : [])];
    }

    private static byte[] Riff(byte[] chunks)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)(chunks.Length + 4));
        return [.. "RIFF"u8, .. size, .. "WEBP"u8, .. chunks];
    }
}
