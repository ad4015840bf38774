using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;
using static SeoulMonitor.Core.Tests.Incentives.IncentivesArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Awards;

/// <summary>Limits at their boundaries, the decision's rules and the wrong callers: refusals write nothing.</summary>
public sealed class AwardCycleRefusalTests
{
    [Theory]
    [InlineData(IncentiveLimits.MinYear - 1, 1, 0, "award.year.invalid")]
    [InlineData(IncentiveLimits.MaxYear + 1, 1, 0, "award.year.invalid")]
    [InlineData(2026, AwardLimits.MinMonitorAwards - 1, 0, "award.monitor_awards.invalid")]
    [InlineData(2026, AwardLimits.MaxMonitorAwards + 1, 0, "award.monitor_awards.invalid")]
    [InlineData(2026, 1, AwardLimits.MinCommunityAwards - 1, "award.community_awards.invalid")]
    [InlineData(2026, 1, AwardLimits.MaxCommunityAwards + 1, "award.community_awards.invalid")]
    [InlineData(IncentiveLimits.MinYear, AwardLimits.MinMonitorAwards, AwardLimits.MinCommunityAwards, null)]
    [InlineData(IncentiveLimits.MaxYear, AwardLimits.MaxMonitorAwards, AwardLimits.MaxCommunityAwards, null)]
    public async Task Open_LimitBoundaries_RefusedOutsideAcceptedAtTheEdges(int year, int monitors, int communities, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        var result = await host.OpenRawAsync(year, monitors, communities);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code is null ? 1 : 0, (await host.AllAsync<AwardCycle>()).Count);
        Assert.Equal(code is null ? 1 : 0, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
    }

    [Fact]
    public async Task Open_SecondCycleOfTheYearOrWrongCaller_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await host.OpenAsync(2026);

        var again = await host.OpenRawAsync(2026, 5, 1);
        var monitor = await host.OpenRawAsync(2027, 5, 1, Actor.Monitor(Guid.NewGuid()));
        var department = await host.OpenRawAsync(2027, 5, 1, new Actor(ActorKind.Department, "교통정책과"));
        var compute = await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Actor.Monitor(Guid.NewGuid()), ct));
        var missing = await host.AwardsAsync((s, ct) => s.StartReviewAsync(2030, Staff, ct));

        Assert.Equal(["award.cycle_exists", "award.forbidden", "award.forbidden", "award.forbidden", "award.cycle_not_found"],
            [again.Error?.Code, monitor.Error?.Code, department.Error?.Code, compute.Error?.Code, missing.Error?.Code]);
        Assert.Single(await host.AllAsync<AwardCycle>());
        Assert.Equal(1, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
    }

    [Fact]
    public async Task Decide_OverTheNumbersNotNominatedDuplicateOrEmpty_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var m = await host.AddApplicantsAsync(3);
        var outsider = await host.AddApplicantAsync(9);
        var task = await host.YearTaskAsync(2026);
        foreach (var id in m)
        {
            await host.SubmitAsync(task.Id, id, null, SubmissionState.Approved);
        }

        var community = await host.CommunityAsync("성북 모임", [m[0]]);
        await host.OpenAsync(2026, monitors: 2, communities: 0);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));
        await host.AwardsAsync((s, ct) => s.StartReviewAsync(2026, Staff, ct));
        var audits = await host.AuditCountAsync(AwardCycleLifecycle.Entity);

        var cases = new (DecideAwardsRequest Request, string Code)[]
        {
            (new([m[0], m[1], m[2]], []), "award.decision.too_many_monitors"),
            (new([m[0]], [community]), "award.decision.too_many_communities"),
            (new([outsider], []), "award.decision.not_nominated"),
            (new([community], []), "award.decision.not_nominated"),
            (new([m[0], m[0]], []), "award.decision.duplicate"),
            (new([], []), "award.decision.empty"),
            (new(null, null), "award.decision.empty"),
            (new([m[0]], [], new string('가', AwardLimits.NoteMaxLength + 1)), "award.note.too_long"),
        };
        foreach (var (request, code) in cases)
        {
            var refused = await host.AwardsAsync((s, ct) => s.DecideAsync(2026, request, Staff, ct));
            Assert.Equal(code, refused.Error?.Code);
        }

        Assert.Equal(audits, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
        Assert.DoesNotContain(await host.AllAsync<AwardNomination>(), n => n.Awarded);
        var decided = await host.AwardsAsync((s, ct) => s.DecideAsync(2026, new DecideAwardsRequest([m[0], m[1]], [], new string('가', AwardLimits.NoteMaxLength)), Staff, ct));
        Assert.True(decided.IsSuccess, decided.Error?.Code);
        Assert.Equal(2, decided.Value.Awarded);
    }

    [Fact]
    public async Task ComputeNominations_Again_ReplacesTheNominationsAndAuditsEachComputation()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (a, b) = (await host.AddApplicantAsync(1), await host.AddApplicantAsync(2));
        var task = await host.YearTaskAsync(2026);
        await host.SubmitAsync(task.Id, a, null, SubmissionState.Approved);
        await host.OpenAsync(2026);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));
        var first = await host.AllAsync<AwardNomination>();
        await host.SubmitAsync(task.Id, b, null, SubmissionState.Approved, SubmissionState.Approved);

        var again = await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));

        var second = await host.AllAsync<AwardNomination>();
        Assert.Single(first);
        Assert.Equal(2, again.Value.MonitorNominations);
        Assert.Equal([b, a], second.OrderBy(n => n.Rank).Select(n => n.CandidateId));
        Assert.DoesNotContain(second, n => first.Any(f => f.Id == n.Id));
        Assert.Equal(3, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
    }
}
