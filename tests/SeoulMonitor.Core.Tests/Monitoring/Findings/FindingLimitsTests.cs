using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>The limits of <see cref="FindingLimits"/> at their boundaries.</summary>
public sealed class FindingLimitsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task IdLists_OneOverTheLimit_RefusedBeforeTouchingTheStore()
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        var sources = Enumerable.Range(0, FindingLimits.MaxSources + 1).Select(_ => Guid.NewGuid()).ToList();
        var sends = Enumerable.Range(0, FindingLimits.MaxSend + 1).Select(_ => Guid.NewGuid()).ToList();
        var merges = Enumerable.Range(0, FindingLimits.MaxMerge + 1).Select(_ => Guid.NewGuid()).ToList();

        var draft = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", sources, Staff, ct));
        var atLimit = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", sources[..FindingLimits.MaxSources], Staff, ct));
        var send = await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(task.Id, sends, Staff, ct));
        var sendAtLimit = await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(task.Id, sends[..FindingLimits.MaxSend], Staff, ct));
        var merge = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(finding.Id, merges, Staff, ct));
        var mergeAtLimit = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(finding.Id, merges[..FindingLimits.MaxMerge], Staff, ct));

        Assert.Equal("finding.sources.too_many", draft.Error?.Code);
        Assert.Equal("finding.source.not_approved", atLimit.Error?.Code);
        Assert.Equal("finding.send.required", send.Error?.Code);
        Assert.Equal("finding.not_found", sendAtLimit.Error?.Code);
        Assert.Equal("finding.merge.others_required", merge.Error?.Code);
        Assert.Equal("finding.not_found", mergeAtLimit.Error?.Code);
    }

    [Fact]
    public async Task AddPhoto_UpToTheLimit_ThenRefused_OnlySourcePhotosOnce()
    {
        var host = fixture.Host;
        var task = await host.AddTaskAsync();
        var m = await host.AddPersonAsync("사진가");
        var source = await host.AddSubmissionAsync(task.Id, m.Id, "{}", photos: FindingLimits.MaxPhotos + 1);
        var other = await host.AddSubmissionAsync(task.Id, m.Id, "{}", photos: 1);
        var finding = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "사진 의견", "사진", [source.Id], Staff, ct))).Value;
        var photos = await host.QueryAsync(db => db.Set<SubmissionPhoto>().Where(p => p.SubmissionId == source.Id).OrderBy(p => p.Length).Select(p => p.Id).ToListAsync());
        var otherPhoto = await host.QueryAsync(db => db.Set<SubmissionPhoto>().Where(p => p.SubmissionId == other.Id).Select(p => p.Id).SingleAsync());

        for (var i = 0; i < FindingLimits.MaxPhotos; i++)
        {
            var added = await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, photos[i], Staff, ct));
            Assert.True(added.IsSuccess, added.Error?.Code);
        }

        var tooMany = await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, photos[^1], Staff, ct));
        var twice = await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, photos[0], Staff, ct));
        var notSource = await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, otherPhoto, Staff, ct));
        var missing = await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(finding.Id, Guid.NewGuid(), Staff, ct));
        var removed = await host.FindingsAsync<FindingView>((s, ct) => s.RemovePhotoAsync(finding.Id, photos[0], Staff, ct));

        Assert.Equal("finding.photo.too_many", tooMany.Error?.Code);
        Assert.Equal("finding.photo.already_added", twice.Error?.Code);
        Assert.Equal("finding.not_a_source", notSource.Error?.Code);
        Assert.Equal("finding.photo.not_found", missing.Error?.Code);
        Assert.Equal(FindingLimits.MaxPhotos - 1, removed.Value.PhotoIds.Count);
    }

    [Fact]
    public async Task Options_InvalidConfiguration_FailsOnResolve()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, services: s => s.Configure<ReflectionOptions>(o => o.ReminderLeadDays = 30));

        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<ReflectionOptions>>().Value);
    }
}
