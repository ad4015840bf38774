namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Tasks of one (year, department).</summary>
internal sealed record TaskRow(int Year, string Department, int Tasks, int Historical, int HistoricalParticipants);
