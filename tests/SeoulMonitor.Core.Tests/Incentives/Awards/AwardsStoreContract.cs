using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;
using SeoulMonitor.Core.Training;
using static SeoulMonitor.Core.Tests.Incentives.IncentivesArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Awards;

/// <summary>Award scoring and the cycle's writes on each provider (the SQL aggregates run on both).</summary>
public abstract class AwardsStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task ComputeNominations_SeededYear_PartsCountOnlyTheYearsVerifiedEvidenceAndSumToTheScore()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (a, b) = (await host.AddApplicantAsync(1), await host.AddApplicantAsync(2));
        var suspended = await host.AddApplicantAsync(3, state: MembershipState.Suspended);
        var task = await host.YearTaskAsync(2026);
        var old = await host.YearTaskAsync(2025);
        await host.SubmitAsync(task.Id, a, null, SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Approved,
            SubmissionState.Returned, SubmissionState.Superseded, SubmissionState.Rejected, SubmissionState.Received);
        await host.SubmitAsync(old.Id, a, null, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, b, null, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, suspended, null, SubmissionState.Approved, SubmissionState.Approved);
        await host.JoinAsync(task.Id, a, ParticipationState.Completed);
        await host.JoinAsync(old.Id, a, ParticipationState.Completed);
        await host.JoinAsync(task.Id, b, ParticipationState.Selected);
        await host.TrainingAsync(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero), (a, TrainingRegistrationState.Attended), (b, TrainingRegistrationState.Registered));
        await host.TrainingAsync(new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero), (a, TrainingRegistrationState.Attended)); // 2026-01-01 00:00 in Seoul
        await host.TrainingAsync(new DateTimeOffset(2025, 12, 31, 14, 59, 0, TimeSpan.Zero), (a, TrainingRegistrationState.Attended)); // 2025-12-31 23:59 in Seoul
        await host.CommunityAsync("마포 모니터 모임", [a, b],
            (new DateOnly(2026, 5, 1), CommunityActivityState.Verified), (new DateOnly(2026, 12, 31), CommunityActivityState.Verified),
            (new DateOnly(2026, 6, 1), CommunityActivityState.Reported), (new DateOnly(2025, 6, 1), CommunityActivityState.Verified));

        await host.OpenAsync(2026);
        var computed = await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));

        Assert.True(computed.IsSuccess, computed.Error?.Code);
        Assert.Equal((2, 1), (computed.Value.MonitorNominations, computed.Value.CommunityNominations));
        var nominations = await host.AllAsync<AwardNomination>();
        var first = Assert.Single(nominations, n => n.CandidateId == a);
        var parts = AwardScoring.FromJson(first.Breakdown).ToDictionary(p => p.Name, p => (p.Count, p.Weight, p.Points));
        Assert.Equal((3L, 10, 30L), parts["approved_submissions"]);
        Assert.Equal((2L, -2, -4L), parts["returned_submissions"]);
        Assert.Equal((1L, -5, -5L), parts["rejected_submissions"]);
        Assert.Equal((1L, 20, 20L), parts["completed_participations"]);
        Assert.Equal((2L, 5, 10L), parts["training_attendance"]);
        Assert.Equal((2L, 3, 6L), parts["community_activities"]);
        Assert.Equal(57 * 100, first.Score);
        Assert.All(nominations, n => Assert.Equal(n.Score, AwardScoring.FromJson(n.Breakdown).Sum(p => p.Count * p.Weight) * AwardLimits.ScoreScale));
        Assert.DoesNotContain(nominations, n => n.CandidateId == suspended);
        var community = Assert.Single(nominations, n => n.Kind == CandidateKind.Community);
        Assert.Equal((57 + 16 + 20) * 100, community.Score); // members' points (57 + 16) + 2 verified × 10
        Assert.Equal(2, await host.AuditCountAsync(AwardCycleLifecycle.Entity)); // opened, computed
    }

    [Fact]
    public async Task ComputeNominations_EqualScores_TieBrokenByApprovedThenFirstApprovalThenId()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var ids = new[] { "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b", "00000000-0000-4000-8000-00000000000c",
            "00000000-0000-4000-8000-00000000000d", "00000000-0000-4000-8000-00000000000f", "00000000-0000-4000-8000-00000000000e" }.Select(Guid.Parse).ToArray();
        await host.AddApplicantsAsync(6, ids: ids);
        var (one, fewer, two, three, sameLow, sameHigh) = (ids[0], ids[1], ids[2], ids[3], ids[5], ids[4]);
        var task = await host.YearTaskAsync(2026);
        var t0 = host.Time.GetUtcNow();
        await host.SubmitAsync(task.Id, one, t0.AddHours(3), SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, two, t0.AddHours(2), SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, three, t0.AddHours(1), SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, sameHigh, t0.AddHours(5), SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, sameLow, t0.AddHours(5), SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, fewer, t0, SubmissionState.Approved);
        await host.TrainingAsync(t0, (fewer, TrainingRegistrationState.Attended));
        await host.TrainingAsync(t0.AddDays(1), (fewer, TrainingRegistrationState.Attended));

        await host.OpenAsync(2026);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));

        var ranked = (await host.AllAsync<AwardNomination>()).OrderBy(n => n.Rank).ToList();
        Assert.All(ranked, n => Assert.Equal(2000, n.Score));
        Assert.Equal([three, two, one, sameLow, sameHigh, fewer], ranked.Select(n => n.CandidateId));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranked.Select(n => n.Rank));
    }

    [Fact]
    public async Task ComputeNominations_Communities_RankedByMembersVerifiedActivity()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var m = await host.AddApplicantsAsync(5);
        var task = await host.YearTaskAsync(2026);
        await host.SubmitAsync(task.Id, m[0], null, SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Approved);
        await host.SubmitAsync(task.Id, m[2], null, SubmissionState.Approved);
        var busy = await host.CommunityAsync("강서 모임", [m[0], m[1]], (new DateOnly(2026, 3, 1), CommunityActivityState.Verified));
        var active = await host.CommunityAsync("은평 모임", [m[2], m[3]],
            (new DateOnly(2026, 3, 1), CommunityActivityState.Verified), (new DateOnly(2026, 4, 1), CommunityActivityState.Verified),
            (new DateOnly(2026, 5, 1), CommunityActivityState.Rejected));
        var quiet = await host.CommunityAsync("노원 모임", [m[4]]);

        await host.OpenAsync(2026);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));

        var communities = (await host.AllAsync<AwardNomination>()).Where(n => n.Kind == CandidateKind.Community).OrderBy(n => n.Rank).ToList();
        Assert.Equal([busy, active], communities.Select(c => c.CandidateId)); // a community with no points and no activity is not nominated
        Assert.DoesNotContain(communities, c => c.CandidateId == quiet);
        // 강서: members 33 + 3 = 36, + 1 × 10 = 46; 은평: members 16 + 6 = 22, + 2 × 10 = 42.
        Assert.Equal([4600L, 4200L], communities.Select(c => c.Score));
        var parts = AwardScoring.FromJson(communities[1].Breakdown);
        Assert.Equal([("member_points", 22L), ("members", 0L), ("verified_activities", 20L)], parts.Select(p => (p.Name, p.Points)));
    }

    [Fact]
    public async Task Announce_Winners_PlaquesInvitationsAndNoticesOnceAndSecondAnnounceWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var m = await host.AddApplicantsAsync(3);
        var task = await host.YearTaskAsync(2026);
        foreach (var id in m)
        {
            await host.SubmitAsync(task.Id, id, null, SubmissionState.Approved);
        }

        var community = await host.CommunityAsync("종로 모임", [m[2]], (new DateOnly(2026, 3, 1), CommunityActivityState.Verified));
        await host.OpenAsync(2026, monitors: 2, communities: 1);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));
        await host.AwardsAsync((s, ct) => s.StartReviewAsync(2026, Staff, ct));
        var decided = await host.AwardsAsync((s, ct) => s.DecideAsync(2026, new DecideAwardsRequest([m[0], m[1]], [community], "심사위원회 의결"), Staff, ct));
        var announced = await host.AwardsAsync((s, ct) => s.AnnounceAsync(2026, Staff, ct));
        var audits = await host.AuditCountAsync(AwardCycleLifecycle.Entity);
        var again = await host.AwardsAsync((s, ct) => s.AnnounceAsync(2026, Staff, ct));

        Assert.True(decided.IsSuccess, decided.Error?.Code);
        Assert.True(announced.IsSuccess, announced.Error?.Code);
        Assert.Equal((AwardCycleState.Announced, 3), (announced.Value.State, announced.Value.Awarded));
        Assert.Equal("award_cycle.invalid_transition", again.Error?.Code);
        Assert.Equal(5, audits);
        Assert.Equal(audits, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
        var plaques = await host.AllAsync<Plaque>();
        Assert.Equal(["2026 우수 시민모니터", "2026 우수 시민모니터", "2026 우수 커뮤니티"], plaques.Select(p => p.Title).Order());
        Assert.Equal(new[] { m[0], m[1] }.Order(), (await host.AllAsync<DialogueInvitation>()).Select(i => i.MonitorId).Order());
        var notices = (await host.AllAsync<OutboxMessage>()).Where(n => n.Kind == AwardNoticeKinds.Announced).ToList();
        Assert.Equal(3, notices.Count); // two monitors and the community's leader
        Assert.Contains(notices, n => n.TextBody.Contains("종로 모임", StringComparison.Ordinal));
        Assert.True(await host.AuditIntactAsync());
    }
}

public sealed class AwardsStoreSqliteTests() : AwardsStoreContract(StorageProvider.Sqlite);

public sealed class AwardsStorePostgresTests() : AwardsStoreContract(StorageProvider.PostgreSql);
