using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Stipends;

namespace SeoulMonitor.Host.Demo;

internal sealed partial class DemoIncentivesSeeder
{
    /// <summary>The year's rule: won per completed participation.</summary>
    internal const long PerParticipation = 30_000;

    /// <summary>The year's rule: won per verified community activity.</summary>
    internal const long PerCommunityActivity = 100_000;

    /// <summary>The reported task's override: won per completed participation (a longer walk).</summary>
    internal const long ReportedTaskPerParticipation = 40_000;

    /// <summary>The community whose leader reports the demo activity.</summary>
    internal const string ActivityCommunity = "서울둘레길 걷기 모임";

    /// <summary>The reason the demo entry is held.</summary>
    internal const string HoldReason = "지급 계좌 확인 중 (checking the payee's bank account)";

    /// <summary>The leader of <see cref="ActivityCommunity"/> reports a walk of three members; staff verify it.</summary>
    private async Task SeedCommunityActivityAsync(CancellationToken cancellationToken)
    {
        var community = (await communities.ListAsync(CommunityState.Active, cancellationToken))
            .FirstOrDefault(c => c.Name == ActivityCommunity && c.LeaderId is not null)
            ?? throw new DemoStepRefusedException("community activity", "demo.community_missing");
        var activity = Require("community activity", await activities.ReportAsync(community.Id, new ReportActivityRequest(
            "서울둘레길 7코스 안내 표지·쉼터 점검 걷기", Date(DaysAgo(5)), 3), Actor.Monitor(community.LeaderId!.Value), cancellationToken));
        Require("activity verification", await activities.VerifyAsync(activity.Id, Staff, cancellationToken));
    }

    /// <summary>
    /// Sets the year's rule and the reported task's override, derives the entries (the reported task's four completed
    /// participations, the fieldwork task's one, the community activity's expense), and takes them through the ledger:
    /// monitors 1 and 5 approved and paid in last month's batch (January's in January), monitor 7 approved and exported in this month's batch,
    /// monitor 8 approved, monitor 4 held with a reason; the community's expense stays calculated. Returns the entry count.
    /// </summary>
    private async Task<int> SeedStipendsAsync(int year, Guid reportedTaskId, IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        Require("stipend rule", await rules.SetAsync(new StipendRuleRequest(year, null, PerParticipation, PerCommunityActivity), Staff, cancellationToken));
        Require("task stipend rule", await rules.SetAsync(
            new StipendRuleRequest(year, reportedTaskId, ReportedTaskPerParticipation, 0), Staff, cancellationToken));
        Require("stipend recalculation", await calculator.RecalculateAsync(year, Staff, cancellationToken));
        var derived = Require("stipend list", await stipends.ListAsync(new StipendQuery(year, StipendEntryState.Calculated), Staff, cancellationToken));
        Guid Of(int monitor) => derived.FirstOrDefault(e => e.MonitorId == monitors[monitor] && e.Kind == StipendEntryKind.Participation)?.Id
            ?? throw new DemoStepRefusedException("stipend entry", "demo.stipend_missing");

        var today = SeoulCalendar.Today(time);
        Require("stipend approval", await entries.ApproveAsync([Of(0), Of(4)], Staff, cancellationToken));
        // A batch takes its month's budget year only: in January the paid batch is January's too.
        var earlier = today.Month == 1 ? today : today.AddMonths(-1);
        var paid = Require("payout export", await payouts.ExportAsync(Month(earlier), Staff, cancellationToken));
        Require("payout paid", await payouts.MarkPaidAsync(paid.Id, Staff, cancellationToken));
        Require("stipend approval", await entries.ApproveAsync([Of(6)], Staff, cancellationToken));
        Require("payout export", await payouts.ExportAsync(Month(today), Staff, cancellationToken));
        Require("stipend approval", await entries.ApproveAsync([Of(7)], Staff, cancellationToken));
        Require("stipend hold", await entries.HoldAsync(Of(3), HoldReason, Staff, cancellationToken));
        return derived.Count;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
