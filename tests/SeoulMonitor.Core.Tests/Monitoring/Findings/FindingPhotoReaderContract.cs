using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Submissions;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary><see cref="FindingPhotoReader"/>: staff and the finding's department open the photos attached to it, on each provider.</summary>
public abstract class FindingPhotoReaderContract(StorageProvider provider)
{
    [Fact]
    public async Task Open_AttachedPhoto_StaffAlwaysDepartmentOnceSentOthersNever()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var (task, finding, _) = await host.DraftAsync();
        var submissionId = finding.SourceSubmissionIds[0];
        var attached = await AddStoredPhotoAsync(host, submissionId, TestImages.Png());
        var loose = await AddStoredPhotoAsync(host, submissionId, TestImages.Jpeg());
        await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, attached, Staff, ct));

        var draftForOfficer = await OpenAsync(host, finding.Id, attached, Officer);
        var draftForStaff = await OpenAsync(host, finding.Id, attached, Staff);
        await host.SendAsync(task.Id, finding.Id);
        var sent = await OpenAsync(host, finding.Id, attached, Officer);
        var otherDepartment = await OpenAsync(host, finding.Id, attached, new Actor(ActorKind.Department, "다른부서"));
        var monitor = await OpenAsync(host, finding.Id, attached, Actor.Monitor(Guid.NewGuid()));
        var notAttached = await OpenAsync(host, finding.Id, loose, Officer);
        var noFinding = await OpenAsync(host, Guid.NewGuid(), attached, Staff);

        Assert.Equal("finding.not_found", draftForOfficer.Error?.Code);
        Assert.Equal(("image/png", TestImages.Png()), (draftForStaff.Value.ContentType, draftForStaff.Value.Content), Same);
        Assert.Equal(("image/png", TestImages.Png()), (sent.Value.ContentType, sent.Value.Content), Same);
        Assert.Equal("finding.not_found", otherDepartment.Error?.Code);
        Assert.Equal("finding.not_found", monitor.Error?.Code);
        Assert.Equal("finding.photo.not_found", notAttached.Error?.Code);
        Assert.Equal("finding.not_found", noFinding.Error?.Code);
    }

    [Fact]
    public async Task Open_FileMissingFromStore_PhotoNotFound()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var (_, finding, _) = await host.DraftAsync();
        var photo = await AddStoredPhotoAsync(host, finding.SourceSubmissionIds[0], TestImages.Png(), store: false);
        await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, photo, Staff, ct));

        var opened = await OpenAsync(host, finding.Id, photo, Staff);

        Assert.Equal("finding.photo.not_found", opened.Error?.Code);
    }

    private static bool Same((string ContentType, byte[] Content) a, (string ContentType, byte[] Content) b) =>
        a.ContentType == b.ContentType && a.Content.AsSpan().SequenceEqual(b.Content);

    private static async Task<Result<(string ContentType, byte[] Content)>> OpenAsync(CoreTestHost host, Guid findingId, Guid photoId, Actor actor)
    {
        var opened = await host.RunAsync<FindingPhotoReader, Result<PhotoDownload>>((r, ct) => r.OpenAsync(findingId, photoId, actor, ct));
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var content = opened.Value.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return (opened.Value.ContentType, copy.ToArray());
    }

    private static async Task<Guid> AddStoredPhotoAsync(CoreTestHost host, Guid submissionId, byte[] content, bool store = true)
    {
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        await using var scope = host.Scope();
        if (store)
        {
            using var stream = new MemoryStream(content);
            await scope.ServiceProvider.GetRequiredService<IFileStore>().PutAsync(FileKeys.Photo(sha256), stream, TestContext.Current.CancellationToken);
        }

        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var photo = new SubmissionPhoto
        {
            Id = Guid.NewGuid(), SubmissionId = submissionId, QuestionKey = "photo", ContentType = PhotoContent.Detect(content)!, Length = content.Length,
            Sha256 = sha256, StorageKey = FileKeys.Photo(sha256), CreatedAt = host.Time.GetUtcNow(),
        };
        db.Add(photo);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return photo.Id;
    }
}

public sealed class FindingPhotoReaderSqliteTests() : FindingPhotoReaderContract(StorageProvider.Sqlite);

public sealed class FindingPhotoReaderPostgresTests() : FindingPhotoReaderContract(StorageProvider.PostgreSql);
