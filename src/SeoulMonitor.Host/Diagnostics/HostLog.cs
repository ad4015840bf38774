namespace SeoulMonitor.Host.Diagnostics;

/// <summary>Every log message of the host.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1000, LogLevel.Information, "Demo data seeded: {Monitors} monitors ({Pending} applications pending), {Communities} communities, {Sessions} training sessions, {Subscribers} newsletter subscribers.")]
    public static partial void DemoDataSeeded(this ILogger logger, int monitors, int pending, int communities, int sessions, int subscribers);

    [LoggerMessage(1001, LogLevel.Information, "Demo data skipped: the database already holds a consent notice.")]
    public static partial void DemoDataSkipped(this ILogger logger);

    [LoggerMessage(1002, LogLevel.Error, "Demo data step '{Step}' was refused: {Code}.")]
    public static partial void DemoStepRefused(this ILogger logger, string step, string code);

    [LoggerMessage(1010, LogLevel.Information, "Demo monitoring data seeded: {Departments} departments, {Demands} demands, {Tasks} live tasks, {Submissions} submissions, {Findings} findings sent.")]
    public static partial void DemoMonitoringSeeded(this ILogger logger, int departments, int demands, int tasks, int submissions, int findings);

    [LoggerMessage(1011, LogLevel.Warning, "Demo monitoring data is incomplete: step '{Step}' was refused ({Code}); the host starts without the rest of it.")]
    public static partial void DemoMonitoringIncomplete(this ILogger logger, string step, string code);

    [LoggerMessage(1020, LogLevel.Information, "Demo incentives data seeded for {Year}: {Lines} budget lines, {Stipends} stipend entries, {Covered} monitors on an insurance roster, {Nominations} award nominations.")]
    public static partial void DemoIncentivesSeeded(this ILogger logger, int year, int lines, int stipends, int covered, int nominations);

    [LoggerMessage(1021, LogLevel.Warning, "Demo incentives data is incomplete: step '{Step}' was refused ({Code}); the host starts without the rest of it.")]
    public static partial void DemoIncentivesIncomplete(this ILogger logger, string step, string code);
}
