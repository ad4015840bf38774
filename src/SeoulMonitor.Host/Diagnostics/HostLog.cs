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
}
