namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Submissions of one (year, department) by review state.</summary>
internal sealed record SubmissionRow(int Year, string Department, int Received, int AwaitingReview, int Approved, int Returned, int Rejected);
