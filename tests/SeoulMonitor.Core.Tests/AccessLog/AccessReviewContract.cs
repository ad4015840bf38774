using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.AccessLog;

/// <summary>The monthly access-log review and its sign-off, on each provider.</summary>
public abstract class AccessReviewContract(StorageProvider provider)
{
    private static readonly Actor Kim = Actor.Staff("kim");
    private static readonly Actor Lee = Actor.Staff("lee");
    private static readonly Actor Park = Actor.Staff("park");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2026, 0, "access_review.month.invalid")]
    [InlineData(2026, 13, "access_review.month.invalid")]
    [InlineData(1999, 5, "access_review.year.invalid")]
    [InlineData(3000, 5, "access_review.year.invalid")]
    public async Task GetMonthlyReview_OutOfRangePeriod_IsRefusedAsValidation(int year, int month, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.WithAsync<PersonalDataAccessLog, Result<AccessReviewReport>>(l => l.GetMonthlyReviewAsync(year, month, Ct));

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
    }

    [Fact]
    public async Task GetMonthlyReview_EmptyMonth_HasZeroTotalsAndIsOpen()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var report = (await host.WithAsync<PersonalDataAccessLog, Result<AccessReviewReport>>(l => l.GetMonthlyReviewAsync(2026, 2, Ct))).Value;

        Assert.Equal(0, report.TotalAccesses);
        Assert.Empty(report.Handlers);
        Assert.Equal(AccessReviewStatus.Open, report.Status);
        Assert.Null(report.SignOff);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 15, 0, 0, TimeSpan.Zero), report.PeriodStart);
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 15, 0, 0, TimeSpan.Zero), report.PeriodEnd);
    }

    [Fact]
    public async Task GetMonthlyReview_MixedAccesses_CountsHandlersAndFlagsDownloadsOffHoursBulkAndVolume()
    {
        await using var host = await CoreTestHost.CreateAsync(
            provider, o => o.AccessReview.HighVolumeThreshold = 2, start: Seoul(2025, 12, 1, 9, 0));
        await RecordAtAsync(host, Seoul(2025, 12, 31, 23, 59), Kim, View("m-0"));              // December in Seoul
        await RecordAtAsync(host, Seoul(2026, 1, 1, 0, 30), Kim, View("m-1"));                 // 2025-12-31 UTC, January in Seoul; off-hours
        await RecordAtAsync(host, Seoul(2026, 1, 5, 10, 0), Kim, View("m-2"));                 // Monday, working hours
        await RecordAtAsync(host, Seoul(2026, 1, 5, 21, 0), Kim, Download(150));              // off-hours, bulk, download
        await RecordAtAsync(host, Seoul(2026, 1, 6, 7, 59), Lee, View("m-3"));                 // before 08:00
        await RecordAtAsync(host, Seoul(2026, 1, 6, 8, 0), Park, View("m-4"));                 // 08:00 is working hours
        await RecordAtAsync(host, Seoul(2026, 1, 6, 19, 59), Park, Download(3));               // 19:59 is working hours
        await RecordAtAsync(host, Seoul(2026, 1, 10, 11, 0), Lee, List(100));                  // Saturday; bulk at the threshold
        await RecordAtAsync(host, Seoul(2026, 2, 1, 0, 0), Lee, View("m-5"));                  // February in Seoul

        var report = (await host.WithAsync<PersonalDataAccessLog, Result<AccessReviewReport>>(l => l.GetMonthlyReviewAsync(2026, 1, Ct))).Value;

        Assert.Equal(7, report.TotalAccesses);
        Assert.Equal(1 + 1 + 150 + 1 + 1 + 3 + 100, report.TotalRecords);
        Assert.Equal(["kim", "lee", "park"], report.Handlers.Select(h => h.ActorId));
        var kim = report.Handlers[0];
        Assert.Equal(3, kim.Accesses);
        Assert.Equal(2, kim.ByAction[AccessAction.View]);
        Assert.Equal(1, kim.ByAction[AccessAction.Download]);
        Assert.False(kim.ByAction.ContainsKey(AccessAction.List));
        Assert.Equal(["kim:150", "park:3"], report.Downloads.Select(d => $"{d.ActorId}:{d.RecordCount}"));
        Assert.All(report.Downloads, d => Assert.Equal("연말 정산 자료 제출", d.Reason));
        Assert.Equal(["m-1", "*", "m-3", "*"], report.OffHours.Select(a => a.SubjectId));
        Assert.Equal([150, 100], report.BulkAccesses.Select(a => a.RecordCount));
        Assert.Equal(["kim"], report.HighVolumeHandlers.Select(h => h.ActorId));
        Assert.Equal(new AccessReviewCriteria(20, 8, 100, 2), report.Criteria);
    }

    [Fact]
    public async Task SignOffReview_EndedMonth_IsStoredAuditedAndShownInTheReport()
    {
        await using var host = await CoreTestHost.CreateAsync(provider, start: Seoul(2026, 1, 20, 10, 0));
        await RecordAtAsync(host, Seoul(2026, 1, 20, 22, 0), Kim, Download(5));
        host.Time.SetUtcNow(Seoul(2026, 2, 3, 9, 0));

        var result = await SignOffAsync(host, 2026, 1, Lee, "  이상 없음  ");
        var report = (await host.WithAsync<PersonalDataAccessLog, Result<AccessReviewReport>>(l => l.GetMonthlyReviewAsync(2026, 1, Ct))).Value;
        var audit = await host.WithAsync<AuditTrail, IReadOnlyList<AuditEntry>>(a => a.ReadAsync("access_review", "2026-01", 0, 10, Ct));
        var verification = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(Ct));

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal("이상 없음", result.Value.Notes);
        Assert.Equal((1, 1, 1), (result.Value.TotalAccesses, result.Value.Downloads, result.Value.FlaggedAccesses));
        Assert.Equal(AccessReviewStatus.SignedOff, report.Status);
        Assert.Equal("lee", report.SignOff?.ReviewerId);
        Assert.Equal(Seoul(2026, 2, 3, 9, 0), report.SignOff?.SignedAt);
        var entry = Assert.Single(audit);
        Assert.Equal(("SignOff", "Open", "SignedOff", "lee", "이상 없음"), (entry.Event, entry.FromState, entry.ToState, entry.ActorId, entry.Reason));
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task SignOffReview_SecondTime_IsRefusedAsConflictAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider, start: Seoul(2026, 2, 3, 9, 0));
        Assert.True((await SignOffAsync(host, 2026, 1, Kim, null)).IsSuccess);

        var second = await SignOffAsync(host, 2026, 1, Lee, "다시");

        Assert.False(second.IsSuccess);
        Assert.Equal("access_review.invalid_transition", second.Error.Code);
        Assert.Equal(ErrorKind.Conflict, second.Error.Kind);
        Assert.Equal(1, await CountAsync<AccessReviewSignOff>(host));
        Assert.Equal(1, await CountAsync<AuditEntry>(host));
    }

    [Fact]
    public async Task SignOffReview_LastSecondOfTheMonth_IsRefusedUntilTheMonthEndsInSeoul()
    {
        await using var host = await CoreTestHost.CreateAsync(provider, start: Seoul(2026, 1, 31, 23, 59).AddSeconds(59));

        var early = await SignOffAsync(host, 2026, 1, Kim, null);
        host.Time.SetUtcNow(Seoul(2026, 2, 1, 0, 0));
        var onTime = await SignOffAsync(host, 2026, 1, Kim, null);

        Assert.Equal("access_review.month_not_ended", early.Error?.Code);
        Assert.Equal(ErrorKind.Rule, early.Error?.Kind);
        Assert.True(onTime.IsSuccess, onTime.Error?.Code);
    }

    [Fact]
    public async Task SignOffReview_FutureMonth_IsRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await SignOffAsync(host, 2027, 1, Kim, null);

        Assert.Equal("access_review.month_not_ended", result.Error?.Code);
        Assert.Equal(0, await CountAsync<AccessReviewSignOff>(host));
    }

    [Fact]
    public async Task SignOffReview_NotesOverTheLimit_IsRefusedAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var tooLong = await SignOffAsync(host, 2026, 1, Kim, new string('가', AccessLimits.ReviewNotesMaxLength + 1));
        var atLimit = await SignOffAsync(host, 2026, 1, Kim, new string('가', AccessLimits.ReviewNotesMaxLength));

        Assert.Equal("access_review.notes.too_long", tooLong.Error?.Code);
        Assert.Equal("notes", tooLong.Error?.Field);
        Assert.True(atLimit.IsSuccess, atLimit.Error?.Code);
        Assert.Equal(1, await CountAsync<AccessReviewSignOff>(host));
    }

    [Fact]
    public async Task SignOffReview_ReviewerIsNotStaff_IsForbidden()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await SignOffAsync(host, 2026, 1, Actor.Monitor(Guid.NewGuid()), null);

        Assert.Equal("access_review.reviewer.forbidden", result.Error?.Code);
        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public async Task SignOffReview_ConcurrentReviewers_ExactlyOneSucceeds()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => SignOffAsync(host, 2026, 1, Actor.Staff($"r{i}"), null))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("access_review.invalid_transition", r.Error?.Code));
        Assert.Equal(1, await CountAsync<AccessReviewSignOff>(host));
        Assert.True((await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(Ct))).IsIntact);
    }

    private static DateTimeOffset Seoul(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(9)).ToUniversalTime();

    private static AccessRequest View(string subject) => new("monitor", subject, AccessAction.View, "민원 처리");

    private static AccessRequest List(int count) => new("monitor", "*", AccessAction.List, "명단 확인", RecordCount: count);

    private static AccessRequest Download(int count) => new("monitor", "*", AccessAction.Download, "정산", "연말 정산 자료 제출", count);

    private static async Task RecordAtAsync(CoreTestHost host, DateTimeOffset at, Actor actor, AccessRequest request)
    {
        host.Time.SetUtcNow(at);
        var result = await host.WithAsync<PersonalDataAccessLog, Result<PersonalDataAccess>>(l => l.RecordAsync(actor, request, Ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    private static Task<Result<AccessReviewSignOff>> SignOffAsync(CoreTestHost host, int year, int month, Actor reviewer, string? notes) =>
        host.WithAsync<PersonalDataAccessLog, Result<AccessReviewSignOff>>(l => l.SignOffReviewAsync(year, month, reviewer, notes, Ct));

    private static async Task<int> CountAsync<T>(CoreTestHost host)
        where T : class
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<T>().CountAsync(Ct);
    }
}

public sealed class AccessReviewSqliteTests() : AccessReviewContract(StorageProvider.Sqlite);

public sealed class AccessReviewPostgresTests() : AccessReviewContract(StorageProvider.PostgreSql);
