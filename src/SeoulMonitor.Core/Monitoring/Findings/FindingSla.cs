namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The derived SLA flags of a finding.</summary>
public static class FindingSla
{
    /// <summary>The states in which the department owes an answer (sent, not answered).</summary>
    public static IReadOnlyList<FindingState> Waiting { get; } =
        [FindingState.SentToDepartment, FindingState.Acknowledged, FindingState.Accepted, FindingState.InProgress];

    /// <summary>Overdue: sent, not answered (<see cref="FindingLifecycle.IsAnswered"/>) and now at or after its deadline.</summary>
    public static bool IsOverdue(Finding finding, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.State != FindingState.Draft && !FindingLifecycle.IsAnswered(finding.State) && finding.RespondBy is { } due && now >= due;
    }
}
