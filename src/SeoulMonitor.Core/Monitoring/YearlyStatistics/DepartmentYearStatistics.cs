namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>One requesting department in one year. Aggregates only, no personal data.</summary>
/// <param name="Department">The department's name.</param>
/// <param name="Tasks">Its tasks of the year that were not cancelled.</param>
/// <param name="Participants">Participants of those tasks (as in <see cref="YearStatistics.Participants"/>).</param>
/// <param name="Findings">Findings sent to it and its answers.</param>
public sealed record DepartmentYearStatistics(string Department, int Tasks, int Participants, FindingStatistics Findings);
