namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>One program year (a task's <c>Year</c>: the Seoul year its fieldwork starts). Aggregates only, no personal data.</summary>
/// <param name="Year">The year.</param>
/// <param name="Tasks">Tasks of the year that were not cancelled (historical and live).</param>
/// <param name="HistoricalTasks">Of which imported from the program's records.</param>
/// <param name="Participants">Historical tasks' recorded participants + live tasks' selected or completed participations.</param>
/// <param name="HistoricalParticipants">Of which recorded on historical tasks.</param>
/// <param name="MonitorsParticipating">Distinct monitors with a selected or completed participation (live tasks only).</param>
/// <param name="Submissions">Field submissions.</param>
/// <param name="Findings">Findings and the departments' answers.</param>
/// <param name="Published">The program's published figures of the year, when there are any.</param>
public sealed record YearStatistics(
    int Year, int Tasks, int HistoricalTasks, int Participants, int HistoricalParticipants, int MonitorsParticipating,
    SubmissionStatistics Submissions, FindingStatistics Findings, PublishedYearlyFigures? Published)
{
    /// <summary>Computed minus published task count (null when nothing was published for the year).</summary>
    public int? TasksDifferenceFromPublished => Published is null ? null : Tasks - Published.Tasks;
}
