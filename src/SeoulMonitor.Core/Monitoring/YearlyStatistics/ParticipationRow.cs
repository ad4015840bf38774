namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Selected or completed participations of one (year, department).</summary>
internal sealed record ParticipationRow(int Year, string Department, int Participants);
