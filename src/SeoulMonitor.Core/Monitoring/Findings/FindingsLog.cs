using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The log messages of findings, the department loop and its SLA (event ids 1250–1299).</summary>
internal static partial class FindingsLog
{
    [LoggerMessage(1250, LogLevel.Information, "{Count} finding(s) of task {TaskId} sent to {Department}; {Notices} contributor notice(s) queued.")]
    public static partial void FindingsSent(this ILogger logger, int count, Guid taskId, string department, int notices);

    [LoggerMessage(1251, LogLevel.Information, "Finding {FindingId}: {Event} by {Actor}; {Notices} contributor notice(s) queued.")]
    public static partial void FindingAnswered(this ILogger logger, Guid findingId, string @event, string actor, int notices);

    [LoggerMessage(1260, LogLevel.Information, "Reflection SLA run: {Reminders} reminder(s) and {Overdue} overdue notice(s) for {Departments} department(s).")]
    public static partial void SlaRan(this ILogger logger, int reminders, int overdue, int departments);

    [LoggerMessage(1261, LogLevel.Warning, "Reflection SLA: department {Department} has no contact address; {Count} finding(s) wait for it.")]
    public static partial void SlaContactMissing(this ILogger logger, string department, int count);

    [LoggerMessage(1262, LogLevel.Warning, "Reflection SLA: the run failed; it is retried on the next interval.")]
    public static partial void SlaFailed(this ILogger logger, Exception exception);
}
