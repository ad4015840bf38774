using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.IncentivesArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance;

/// <summary>Rosters and claims on each provider.</summary>
public abstract class InsuranceStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task DrawUp_AfterRecruitment_RosterIsTheConfirmedParticipantsForTheFieldworkWindow()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, m) = await host.ClosedRecruitmentAsync();

        var roster = await host.DrawUpAsync(task.Id);

        Assert.True(roster.IsSuccess, roster.Error?.Code);
        Assert.Equal(new[] { m[0], m[1], m[2] }.Order(), roster.Value.MonitorIds);
        Assert.Equal((task.FieldworkOpensAt, task.FieldworkClosesAt, 3), (roster.Value.CoverageStart, roster.Value.CoverageEnd, roster.Value.MemberCount));
        Assert.Equal(3, (await host.AllAsync<CoverageMember>()).Count);
        Assert.Equal(1, await host.AuditCountAsync(RosterService.Entity));
    }

    [Fact]
    public async Task DrawUp_AgainBeforeFieldworkCloses_AddsPromotedRemovesWithdrawnKeepsClaimantsOneRosterTwoAudits()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, m) = await host.ClosedRecruitmentAsync();
        await host.DrawUpAsync(task.Id);
        await host.QueryAsync(async db =>
        {
            await db.Set<MonitoringTask>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.State, MonitoringTaskState.FieldworkOpen), Ct);
            return 0;
        });
        host.Time.SetUtcNow(task.FieldworkOpensAt.AddDays(1));
        var claim = await host.FileAsync(task.Id, m[1], task.FieldworkOpensAt.AddHours(2));
        await SetStateAsync(host, task.Id, m[0], ParticipationState.Withdrawn);
        await SetStateAsync(host, task.Id, m[1], ParticipationState.Withdrawn);
        await SetStateAsync(host, task.Id, m[3], ParticipationState.Selected);

        var redrawn = await host.DrawUpAsync(task.Id);

        Assert.True(claim.IsSuccess, claim.Error?.Code);
        Assert.True(redrawn.IsSuccess, redrawn.Error?.Code);
        Assert.Equal(new[] { m[1], m[2], m[3] }.Order(), redrawn.Value.MonitorIds); // m[1] withdrew but has a claim: stays covered
        Assert.Single(await host.AllAsync<CoverageRoster>());
        Assert.Equal(2, await host.AuditCountAsync(RosterService.Entity));
    }

    [Theory]
    [InlineData(MonitoringTaskState.RecruitmentOpen)]
    [InlineData(MonitoringTaskState.FieldworkClosed)]
    [InlineData(MonitoringTaskState.Closed)]
    [InlineData(MonitoringTaskState.Cancelled)]
    public async Task DrawUp_OutsideRecruitmentClosedToFieldworkEnd_RefusedNothingWritten(MonitoringTaskState state)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.YearTaskAsync(2026, state);
        await host.JoinAsync(task.Id, await host.AddMonitorAsync(), ParticipationState.Selected);

        var refused = await host.DrawUpAsync(task.Id);

        Assert.Equal("insurance.roster_not_drawable", refused.Error?.Code);
        Assert.Empty(await host.AllAsync<CoverageRoster>());
        Assert.Equal(0, await host.AuditCountAsync(RosterService.Entity));
    }

    [Fact]
    public async Task DrawUp_FieldworkTimeOverEmptyOrWrongCaller_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, _) = await host.ClosedRecruitmentAsync();
        var empty = await host.YearTaskAsync(2026, MonitoringTaskState.RecruitmentClosed);

        var noOne = await host.DrawUpAsync(empty.Id);
        var monitor = await host.DrawUpAsync(task.Id, Actor.Monitor(Guid.NewGuid()));
        var missing = await host.DrawUpAsync(Guid.NewGuid());
        host.Time.SetUtcNow(task.FieldworkClosesAt);
        var late = await host.DrawUpAsync(task.Id);

        Assert.Equal(["insurance.roster_empty", "insurance.forbidden", "insurance.task_not_found", "insurance.roster_not_drawable"],
            [noOne.Error?.Code, monitor.Error?.Code, missing.Error?.Code, late.Error?.Code]);
        Assert.Empty(await host.AllAsync<CoverageRoster>());
        Assert.Empty(await host.AllAsync<CoverageMember>());
    }

    [Fact]
    public async Task Export_WithPurpose_CsvWithBomKoreanHeaderAndNamesAccessLoggedAsDownload()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, _) = await host.ClosedRecruitmentAsync();
        await host.DrawUpAsync(task.Id);

        var noPurpose = await host.RostersAsync((s, ct) => s.ExportAsync(task.Id, Staff, null, cancellationToken: ct));
        var export = await host.RostersAsync((s, ct) => s.ExportAsync(task.Id, Staff, "보험사 가입 신청", cancellationToken: ct));

        Assert.Equal("access.purpose_required", noPurpose.Error?.Code);
        Assert.True(export.IsSuccess, export.Error?.Code);
        Assert.Equal([0xEF, 0xBB, 0xBF], export.Value.Content.Take(3));
        var lines = Encoding.UTF8.GetString(export.Value.Content.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("성명,생년월일,연락처,보장 시작,보장 종료,과제명", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("모니터1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("010-0000-0001", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",지하철역 엘리베이터 이용 편의 점검", lines[1], StringComparison.Ordinal);
        var logged = Assert.Single(await host.AllAsync<PersonalDataAccess>());
        Assert.Equal((RosterService.ExportSubject, AccessAction.Download, 3, "보험사 가입 신청"), (logged.SubjectType, logged.Action, logged.RecordCount, logged.Purpose));
        Assert.NotNull((await host.AllAsync<CoverageRoster>()).Single().ExportedAt);
    }

    [Fact]
    public async Task File_NotOnRosterOrOutsideTheWindow_NotCoveredNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, m) = await host.ClosedRecruitmentAsync();
        await host.DrawUpAsync(task.Id);
        host.Time.SetUtcNow(task.FieldworkClosesAt.AddDays(10));
        var (start, end) = (task.FieldworkOpensAt, task.FieldworkClosesAt);

        var cases = new (Guid Monitor, DateTimeOffset At, string Code)[]
        {
            (m[3], start.AddHours(1), "insurance.not_covered"),
            (m[4], start.AddHours(1), "insurance.not_covered"),
            (m[0], start.AddTicks(-TimeSpan.TicksPerSecond), "insurance.not_covered"),
            (m[0], end.AddTicks(TimeSpan.TicksPerSecond), "insurance.not_covered"),
            (m[0], host.Time.GetUtcNow().AddMinutes(1), "insurance.incident_at.future"),
        };
        foreach (var (monitor, at, code) in cases)
        {
            Assert.Equal(code, (await host.FileAsync(task.Id, monitor, at)).Error?.Code);
        }

        Assert.Equal("insurance.task_not_found", (await host.FileAsync(Guid.NewGuid(), m[0], start)).Error?.Code);
        Assert.Empty(await host.AllAsync<InsuranceClaim>());
        Assert.Equal(0, await host.AuditCountAsync(InsuranceClaimLifecycle.Entity));
        Assert.True((await host.FileAsync(task.Id, m[0], start)).IsSuccess);
        Assert.True((await host.FileAsync(task.Id, m[2], end)).IsSuccess);
        Assert.Equal(2, await host.AuditCountAsync(InsuranceClaimLifecycle.Entity));
    }

    [Fact]
    public async Task PayDecline_InsurerOutcome_AmountBoundariesOneAuditEachAndNoSecondOutcome()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, m) = await host.ClosedRecruitmentAsync();
        await host.DrawUpAsync(task.Id);
        host.Time.SetUtcNow(task.FieldworkClosesAt);
        var first = (await host.FileAsync(task.Id, m[0], task.FieldworkOpensAt)).Value;
        var second = (await host.FileAsync(task.Id, m[1], task.FieldworkOpensAt)).Value;

        var zero = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, 0, Staff, ct));
        var over = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, IncentiveLimits.MaxEntryAmount + 1, Staff, ct));
        var negative = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, -1_000, Staff, ct));
        var wrongRole = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, 1, new Actor(ActorKind.Department, "교통정책과"), ct));
        var paid = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, IncentiveLimits.MaxEntryAmount, Staff, ct));
        var paidAgain = await host.ClaimsAsync((s, ct) => s.PayAsync(first.Id, 1, Staff, ct));
        var declineAfterPay = await host.ClaimsAsync((s, ct) => s.DeclineAsync(first.Id, "중복 청구", Staff, ct));
        var noReason = await host.ClaimsAsync((s, ct) => s.DeclineAsync(second.Id, " ", Staff, ct));
        var longReason = await host.ClaimsAsync((s, ct) => s.DeclineAsync(second.Id, new string('가', InsuranceLimits.ReasonMaxLength + 1), Staff, ct));
        var declined = await host.ClaimsAsync((s, ct) => s.DeclineAsync(second.Id, "업무 외 사고", Staff, ct));
        var missing = await host.ClaimsAsync((s, ct) => s.PayAsync(Guid.NewGuid(), 1, Staff, ct));

        Assert.Equal(["insurance.amount.invalid", "insurance.amount.invalid", "insurance.amount.invalid", "insurance.forbidden"],
            [zero.Error?.Code, over.Error?.Code, negative.Error?.Code, wrongRole.Error?.Code]);
        Assert.Equal((InsuranceClaimState.Paid, "지급", IncentiveLimits.MaxEntryAmount), (paid.Value.State, paid.Value.StateKo, paid.Value.PaidAmount!.Value));
        Assert.Equal(["insurance_claim.invalid_transition", "insurance_claim.invalid_transition", "insurance.reason.required", "insurance.reason.too_long", "insurance.claim_not_found"],
            [paidAgain.Error?.Code, declineAfterPay.Error?.Code, noReason.Error?.Code, longReason.Error?.Code, missing.Error?.Code]);
        Assert.Equal((InsuranceClaimState.Declined, "업무 외 사고"), (declined.Value.State, declined.Value.Reason));
        Assert.Equal(4, await host.AuditCountAsync(InsuranceClaimLifecycle.Entity)); // two filings, one payment, one decline
        var stored = (await host.AllAsync<InsuranceClaim>()).Single(c => c.Id == first.Id);
        Assert.Equal(IncentiveLimits.MaxEntryAmount, stored.PaidAmount);
        Assert.True(await host.AuditIntactAsync());
    }

    [Fact]
    public async Task File_DescriptionLimits_RequiredAndAtMostTheLimit()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, m) = await host.ClosedRecruitmentAsync();
        await host.DrawUpAsync(task.Id);
        host.Time.SetUtcNow(task.FieldworkClosesAt);

        var empty = await host.FileAsync(task.Id, m[0], task.FieldworkOpensAt, "  ");
        var tooLong = await host.FileAsync(task.Id, m[0], task.FieldworkOpensAt, new string('가', InsuranceLimits.DescriptionMaxLength + 1));
        var longest = await host.FileAsync(task.Id, m[0], task.FieldworkOpensAt, new string('가', InsuranceLimits.DescriptionMaxLength));
        var listed = await host.ClaimsAsync((s, ct) => s.ListAsync(2026, Staff, "보험 청구 현황 확인", cancellationToken: ct));
        var otherYear = await host.ClaimsAsync((s, ct) => s.ListAsync(2025, Staff, "보험 청구 현황 확인", cancellationToken: ct));
        var badYear = await host.ClaimsAsync((s, ct) => s.ListAsync(2008, Staff, "확인", cancellationToken: ct));

        Assert.Equal(("insurance.description.required", "insurance.description.too_long"), (empty.Error?.Code, tooLong.Error?.Code));
        Assert.True(longest.IsSuccess, longest.Error?.Code);
        Assert.Equal(longest.Value.Id, Assert.Single(listed.Value).Id);
        Assert.Empty(otherYear.Value);
        Assert.Equal("insurance.year.invalid", badYear.Error?.Code);
        Assert.Equal(2, (await host.AllAsync<PersonalDataAccess>()).Count(a => a.SubjectType == InsuranceClaimService.ListSubject));
    }

    private static Task<int> SetStateAsync(CoreTestHost host, Guid taskId, Guid monitorId, ParticipationState state) =>
        host.QueryAsync(db => db.Set<Participation>().Where(p => p.TaskId == taskId && p.MonitorId == monitorId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, state), Ct));
}

public sealed class InsuranceStoreSqliteTests() : InsuranceStoreContract(StorageProvider.Sqlite);

public sealed class InsuranceStorePostgresTests() : InsuranceStoreContract(StorageProvider.PostgreSql);
