using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>A participation as its monitor and staff see it (no personal data).</summary>
/// <param name="Id">The participation's id.</param>
/// <param name="TaskId">The task.</param>
/// <param name="MonitorId">The monitor.</param>
/// <param name="State">The state.</param>
/// <param name="StateKo">The state's Korean name.</param>
/// <param name="Sequence">Arrival order within the task (1, 2, …).</param>
/// <param name="LotteryRank">The lottery's draw position (lottery tasks, after the draw).</param>
/// <param name="WaitlistPosition">The position on the waitlist (1 = next to be promoted), while waitlisted.</param>
/// <param name="AppliedAt">When the monitor (last) applied.</param>
/// <param name="SelectedAt">When the participation was selected.</param>
/// <param name="StateReason">The reason of a staff removal.</param>
public sealed record ParticipationView(
    Guid Id, Guid TaskId, Guid MonitorId, ParticipationState State, string StateKo, long Sequence, int? LotteryRank, int? WaitlistPosition,
    DateTimeOffset AppliedAt, DateTimeOffset? SelectedAt, string? StateReason)
{
    internal static ParticipationView From(Participation p, int? waitlistPosition = null) => new(
        p.Id, p.TaskId, p.MonitorId, p.State, StatusNames.Korean(p.State), p.Sequence, p.LotteryRank,
        p.State == ParticipationState.Waitlisted ? waitlistPosition : null, p.AppliedAt, p.SelectedAt, p.StateReason);
}
