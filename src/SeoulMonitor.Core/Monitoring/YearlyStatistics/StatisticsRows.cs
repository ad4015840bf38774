namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Tasks of one (year, department).</summary>
internal sealed record TaskRow(int Year, string Department, int Tasks, int Historical, int HistoricalParticipants);

/// <summary>Selected or completed participations of one (year, department).</summary>
internal sealed record ParticipationRow(int Year, string Department, int Participants);

/// <summary>Submissions of one (year, department) by review state.</summary>
internal sealed record SubmissionRow(int Year, string Department, int Received, int AwaitingReview, int Approved, int Returned, int Rejected);

/// <summary>Sent findings of one (year, department) by reflection state.</summary>
internal sealed record FindingRow(
    int Year, string Department, int Sent, int Reflected, int PartiallyReflected, int NotReflected, int LongTermReview, int Overdue);

/// <summary>A response-time aggregate row of the SQL query (column names match).</summary>
internal sealed class ResponseTimeRow
{
    public string Key { get; set; } = string.Empty;

    public long Count { get; set; }

    public double? Mean { get; set; }

    public double? Median { get; set; }
}
