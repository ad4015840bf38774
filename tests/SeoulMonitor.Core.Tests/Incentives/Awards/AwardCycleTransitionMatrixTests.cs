using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;
using static SeoulMonitor.Core.Tests.Incentives.IncentivesArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Awards;

/// <summary>Every state × event of the award cycle: allowed ones move the state with one audit record; refused ones write nothing.</summary>
public sealed class AwardCycleTransitionMatrixTests
{
    public static TheoryData<AwardCycleState, AwardCycleEvent> Pairs()
    {
        var data = new TheoryData<AwardCycleState, AwardCycleEvent>();
        foreach (var state in Enum.GetValues<AwardCycleState>())
        {
            foreach (var evt in Enum.GetValues<AwardCycleEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Fire_EveryStateAndEvent_AllowedAuditedOnceRefusedWritesNothing(AwardCycleState state, AwardCycleEvent evt)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var monitor = await host.AddApplicantAsync(1);
        var task = await host.YearTaskAsync(2026);
        await host.SubmitAsync(task.Id, monitor, null, SubmissionState.Approved);
        var cycle = await host.OpenAsync(2026);
        await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, Staff, ct));
        await host.QueryAsync(async db =>
        {
            var row = await db.Set<AwardCycle>().SingleAsync(Ct);
            row.State = state;
            await db.Set<AwardNomination>().ExecuteUpdateAsync(u => u.SetProperty(n => n.Awarded, state >= AwardCycleState.Decided), Ct);
            return await db.SaveChangesAsync(Ct);
        });
        var audits = await host.AuditCountAsync(AwardCycleLifecycle.Entity);
        var before = await SnapshotAsync(host);

        var result = await host.AwardsAsync<Result<AwardCycleView>>((s, ct) => evt switch
        {
            AwardCycleEvent.ComputeNominations => s.ComputeNominationsAsync(2026, Staff, ct),
            AwardCycleEvent.StartReview => s.StartReviewAsync(2026, Staff, ct),
            AwardCycleEvent.Decide => s.DecideAsync(2026, new DecideAwardsRequest([monitor], []), Staff, ct),
            _ => s.AnnounceAsync(2026, Staff, ct),
        });

        var allowed = AwardCycleLifecycle.Table.Fire(state, evt);
        if (allowed.IsSuccess)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(allowed.Value, result.Value.State);
            Assert.Equal(audits + 1, await host.AuditCountAsync(AwardCycleLifecycle.Entity, cycle.Id));
        }
        else
        {
            Assert.Equal("award_cycle.invalid_transition", result.Error?.Code);
            Assert.Equal(audits, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
            Assert.Equal(before, await SnapshotAsync(host));
        }
    }

    private static Task<string> SnapshotAsync(CoreTestHost host) => host.QueryAsync(async db =>
    {
        var cycle = await db.Set<AwardCycle>().AsNoTracking().SingleAsync(Ct);
        var nominations = await db.Set<AwardNomination>().AsNoTracking().OrderBy(n => n.Id).Select(n => $"{n.Id}:{n.Awarded}:{n.Score}").ToListAsync(Ct);
        return $"{cycle.State}|{cycle.Version}|{string.Join(',', nominations)}|{await db.Set<Plaque>().CountAsync(Ct)}|{await db.Set<DialogueInvitation>().CountAsync(Ct)}";
    });
}
