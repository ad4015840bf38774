namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>The task part of a report.</summary>
public sealed record TaskReportSummary(
    Guid TaskId, int Year, string Title, string Purpose, string Department, string Sites, string StateName, string StateNameKo,
    DateOnly FieldworkFrom, DateOnly FieldworkTo, int Capacity);
