using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Core.Incentives.Stipends;

public sealed partial class StipendCalculator
{
    internal const string ParticipationPrefix = "participation";
    internal const string CommunityPrefix = "community-activity";
    internal const string ReversalPrefix = "reversal";
    private const string ReasonEvidenceGone = "근거 소멸 (the evidence no longer counts)";
    private const string ReasonRuleChanged = "기준 변경 (the rule's amount changed)";

    /// <summary>The derivation key of the <paramref name="version"/>th entry of a piece of evidence.</summary>
    internal static string Key(string prefix, Guid sourceId, int version) =>
        version <= 1 ? $"{prefix}:{sourceId:D}" : $"{prefix}:{sourceId:D}:{version}";

    /// <summary>The evidence that counts now and what the rules in force pay for each.</summary>
    private async Task<Dictionary<Guid, EvidenceItem>> EvidenceAsync(
        int year, Guid? taskId, StipendRule yearRule, Dictionary<Guid, StipendRule> taskRules, CancellationToken ct)
    {
        var taskIds = _db.Set<MonitoringTask>().Where(t => t.Year == year && (taskId == null || t.Id == taskId)).Select(t => t.Id);
        var participations = await _db.Set<Participation>().AsNoTracking()
            .Where(p => p.State == ParticipationState.Completed && taskIds.Contains(p.TaskId))
            .Select(p => new { p.Id, p.TaskId, p.MonitorId })
            .ToListAsync(ct).ConfigureAwait(false);
        var evidence = new Dictionary<Guid, EvidenceItem>(participations.Count);
        foreach (var p in participations)
        {
            var rule = taskRules.GetValueOrDefault(p.TaskId) ?? yearRule;
            evidence[p.Id] = new EvidenceItem(ParticipationPrefix, StipendEntryKind.Participation, p.Id, p.MonitorId, null, p.TaskId, rule.Id, rule.PerParticipation);
        }

        if (taskId is null)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var activities = await _db.Set<CommunityActivity>().AsNoTracking()
                .Where(a => a.State == CommunityActivityState.Verified && a.HeldOn >= first && a.HeldOn <= last)
                .Select(a => new { a.Id, a.CommunityId })
                .ToListAsync(ct).ConfigureAwait(false);
            foreach (var a in activities)
            {
                evidence[a.Id] = new EvidenceItem(CommunityPrefix, StipendEntryKind.CommunityActivity, a.Id, null, a.CommunityId, null, yearRule.Id, yearRule.PerCommunityActivity);
            }
        }

        return evidence;
    }

    private static StipendEntry NewEntry(EvidenceItem item, int version, int year, Guid lineId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DerivationKey = Key(item.KeyPrefix, item.SourceId, version),
        Kind = item.Kind,
        Year = year,
        MonitorId = item.MonitorId,
        CommunityId = item.CommunityId,
        TaskId = item.TaskId,
        SourceId = item.SourceId,
        RuleId = item.RuleId,
        Amount = item.Amount,
        BudgetLineId = lineId,
        State = StipendEntryState.Calculated,
        CreatedAt = now,
        UpdatedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>
    /// Adds the reversal entry of <paramref name="live"/>. An unpaid entry moves to Reversed (one audit record; its
    /// commitment released if it was approved) and its reversal is closed with it; the reversal of an exported or paid
    /// entry stays Calculated and opens a <see cref="Recovery"/> (환수) due from the payee.
    /// </summary>
    private async Task<Result<StipendEntry>> ReverseAsync(StipendEntry live, string reason, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var settled = live.State is StipendEntryState.Exported or StipendEntryState.Paid;
        if (!settled)
        {
            var fired = StipendEntryLifecycle.Table.Fire(live.State, StipendEntryEvent.Reverse);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (live.State == StipendEntryState.Approved)
            {
                var released = await BudgetLedger.ReleaseAsync(_db, live.BudgetLineId, BudgetPurpose.FieldActivity, live.Amount, ct).ConfigureAwait(false);
                if (!released.IsSuccess)
                {
                    return released.Error;
                }
            }

            var from = live.State;
            live.State = fired.Value;
            live.Reason = reason;
            StipendStore.Touch(live, now);
            await _recorder.TransitionAsync(actor, StipendEntryLifecycle.Entity, live.Id, StipendEntryEvent.Reverse, from, live.State, reason, ct).ConfigureAwait(false);
        }

        var reversal = new StipendEntry
        {
            Id = Guid.CreateVersion7(now),
            DerivationKey = $"{ReversalPrefix}:{live.Id:D}",
            Kind = StipendEntryKind.Reversal,
            Year = live.Year,
            MonitorId = live.MonitorId,
            CommunityId = live.CommunityId,
            TaskId = live.TaskId,
            SourceId = live.SourceId,
            ReversesId = live.Id,
            RuleId = live.RuleId,
            Amount = -live.Amount,
            BudgetLineId = live.BudgetLineId,
            State = settled ? StipendEntryState.Calculated : StipendEntryState.Reversed,
            Reason = reason,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        _db.Set<StipendEntry>().Add(reversal);
        if (settled)
        {
            await RecoveryNetting.OpenAsync(_db, _recorder, actor, live, reversal, now, ct).ConfigureAwait(false);
        }

        return reversal;
    }
}
