namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Sent findings of one (year, department) by reflection state.</summary>
internal sealed record FindingRow(
    int Year, string Department, int Sent, int Reflected, int PartiallyReflected, int NotReflected, int LongTermReview, int Overdue);
