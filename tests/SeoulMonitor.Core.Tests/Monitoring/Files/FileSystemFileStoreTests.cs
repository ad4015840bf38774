using System.Security.Cryptography;
using System.Text;
using SeoulMonitor.Core.Monitoring.Files;

namespace SeoulMonitor.Core.Tests.Monitoring.Files;

public sealed class FileSystemFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"seoulmonitor-store-{Guid.NewGuid():N}");

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task PutOpenDelete_ContentAddressedKey_RoundTripsAndLeavesNoTemporaryFile()
    {
        var store = new FileSystemFileStore(_root);
        var ct = TestContext.Current.CancellationToken;
        var key = FileKeys.Photo(Sha("a"));

        await store.PutAsync(key, new MemoryStream([1, 2, 3]), ct);
        await store.PutAsync(key, new MemoryStream([4, 5]), ct);
        var exists = await store.ExistsAsync(key, ct);
        byte[] read;
        await using (var stream = await store.OpenReadAsync(key, ct))
        {
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy, ct);
            read = copy.ToArray();
        }

        await store.DeleteAsync(key, ct);
        await store.DeleteAsync(key, ct);

        Assert.Matches("^photos/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}$", key);
        Assert.True(exists);
        Assert.Equal([4, 5], read);
        Assert.False(await store.ExistsAsync(key, ct));
        Assert.Null(await store.OpenReadAsync(key, ct));
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("photos/../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("photos//x")]
    [InlineData("photos/./x")]
    [InlineData("Photos/X")]
    [InlineData("photos\\..\\x")]
    [InlineData("")]
    [InlineData("photo.jpg")]
    public async Task AnyOperation_KeyNotFromFileKeys_Throws(string key)
    {
        var store = new FileSystemFileStore(_root);
        var ct = TestContext.Current.CancellationToken;

        Assert.False(FileKeys.IsValid(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, new MemoryStream([1]), ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(key, ct));
        Assert.False(Directory.Exists(Path.Combine(_root, "..", "outside")) && File.Exists(Path.Combine(_root, "..", "outside")));
    }

    [Fact]
    public void ContentAddress_NotAHash_Throws()
    {
        Assert.Throws<ArgumentException>(() => FileKeys.Photo("../../x"));
        Assert.Throws<ArgumentException>(() => FileKeys.Photo(Sha("a").ToUpperInvariant()));
        Assert.Throws<ArgumentException>(() => FileKeys.ContentAddress("Photos", Sha("a")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
