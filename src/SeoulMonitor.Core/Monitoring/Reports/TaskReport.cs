using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Statistics;

namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>
/// A task's consolidated report as the department may receive it: the task summary, per-question statistics and the
/// sent findings with their reflection state, progress, expected date, response and quotes. No personal data.
/// </summary>
public sealed record TaskReport(TaskReportSummary Summary, TaskStatistics Statistics, IReadOnlyList<DepartmentFindingView> Findings, DateTimeOffset GeneratedAt);
