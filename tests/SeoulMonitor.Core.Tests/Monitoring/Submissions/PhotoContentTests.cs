using SeoulMonitor.Core.Monitoring.Submissions;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

public sealed class PhotoContentTests
{
    public static TheoryData<string, byte[], string?> Files => new()
    {
        { "jpeg", TestImages.Jpeg(), "image/jpeg" },
        { "png", TestImages.Png(), "image/png" },
        { "webp", TestImages.Webp(), "image/webp" },
        { "heic", TestImages.Heic(), "image/heic" },
        { "heif mif1 major", TestImages.Ftyp("mif1", "heic"), "image/heic" },
        { "heix compatible only", TestImages.Ftyp("abcd", "heix"), "image/heic" },
        { "msf1", TestImages.Ftyp("msf1"), "image/heic" },
        { "mp4", TestImages.Ftyp("isom", "mp41", "avc1"), null },
        { "text", TestImages.Text(), null },
        { "executable", TestImages.Executable(), null },
        { "empty", [], null },
        { "two jpeg bytes", [0xFF, 0xD8], null },
        { "png signature cut short", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A], null },
        { "riff wave", [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8, .. "fmt "u8], null },
        { "ftyp box longer than file", [0, 0, 1, 0, .. "ftyp"u8, .. "heic"u8, 0, 0, 0, 0], null },
        { "html", "<html><body>photo.jpg</body></html>"u8.ToArray(), null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Detect_ByContent_OnlyRealImageHeaders(string name, byte[] content, string? expected)
    {
        Assert.True(name.Length > 0);
        Assert.Equal(expected, PhotoContent.Detect(content));
    }
}
