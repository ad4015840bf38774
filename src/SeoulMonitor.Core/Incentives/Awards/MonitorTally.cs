namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The counted evidence of one monitor's year (from grouped SQL aggregates).</summary>
internal sealed record MonitorTally(
    Guid MonitorId,
    int Approved,
    int Returned,
    int Rejected,
    int Completed,
    int Trainings,
    int CommunityActivities,
    DateTimeOffset? FirstApprovedAt)
{
    public bool IsEmpty => Approved + Returned + Rejected + Completed + Trainings + CommunityActivities == 0;
}
