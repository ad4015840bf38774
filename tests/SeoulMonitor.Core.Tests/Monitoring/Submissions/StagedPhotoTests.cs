using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Submissions.SubmissionArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Photos staged in the file store by the host (streamed there while the request was read) are checked, stripped and stored like photos in memory.</summary>
public sealed class StagedPhotoTests
{
    private static readonly byte[] Exif = [0xFF, 0xE1, 0x00, 0x12, .. "Exif\0\0"u8, .. "GPS 37.56N owner"u8[..10]];

    [Fact]
    public async Task Submit_StagedJpegWithExif_StoredStrippedUnderItsContentAddress()
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var plain = Convert.FromBase64String(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
            "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
        byte[] withExif = [.. plain[..2], .. Exif, .. plain[2..]];
        var staged = await StageAsync(host, withExif);

        var receipt = await host.SubmitOkAsync(monitor, task.Id, Draft(host, SubmissionPhotoUpload.Staged("photo", staged, withExif.Length)));

        var photo = await host.QueryAsync(db => db.Set<SubmissionPhoto>().SingleAsync(p => p.SubmissionId == receipt.Id, TestContext.Current.CancellationToken));
        Assert.Equal(plain, await ReadAsync(host, photo.StorageKey));
        Assert.Equal(plain.Length, photo.Length);
        Assert.Equal(withExif, await ReadAsync(host, staged)); // the staged upload is the caller's to remove
    }

    [Theory]
    [InlineData(-1)] // the staged file is longer than declared
    [InlineData(1)] // shorter than declared
    public async Task Submit_StagedFileNotOfItsDeclaredLength_RefusedNothingStored(int declaredDifference)
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var jpeg = TestImages.Jpeg(100);
        var staged = await StageAsync(host, jpeg);

        var result = await host.SubmitAsync(monitor, task.Id, Draft(host, SubmissionPhotoUpload.Staged("photo", staged, jpeg.Length + declaredDifference)));

        Assert.Equal("submission.photo.too_large", result.Error?.Code);
        Assert.Equal((0, 0), ((await host.CountsAsync()).Submissions, (await host.CountsAsync()).Photos));
        Assert.Equal(1, files.FileCount());
    }

    [Fact]
    public async Task Submit_StagedPhotoPastTheQuestionLimit_RefusedWithoutReadingIt()
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);

        // Declared one byte past the limit: refused from the declared length (the key does not even exist).
        var result = await host.SubmitAsync(monitor, task.Id, Draft(host, SubmissionPhotoUpload.Staged("photo", FileKeys.Upload(Guid.NewGuid()), SubmissionLimits.MaxPhotoBytes + 1)));

        Assert.Equal("submission.photo.too_large", result.Error?.Code);
        Assert.Equal(0, files.FileCount());
    }

    private static async Task<string> StageAsync(CoreTestHost host, byte[] content)
    {
        var key = FileKeys.Upload(Guid.NewGuid());
        using var stream = new MemoryStream(content);
        await host.Services.GetRequiredService<IFileStore>().PutAsync(key, stream, TestContext.Current.CancellationToken);
        return key;
    }

    private static async Task<byte[]> ReadAsync(CoreTestHost host, string key)
    {
        var stream = await host.Services.GetRequiredService<IFileStore>().OpenReadAsync(key, TestContext.Current.CancellationToken);
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            return copy.ToArray();
        }
    }
}
