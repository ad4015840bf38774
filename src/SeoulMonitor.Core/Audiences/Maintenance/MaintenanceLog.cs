using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The log messages of the consent upkeep and data-subject requests (event ids 4100–4199).</summary>
internal static partial class MaintenanceLog
{
    [LoggerMessage(4100, LogLevel.Information,
        "Consent upkeep by {Actor}: {Unconfirmed} unconfirmed, {Scheduled} renewal(s) scheduled, {Lapsed} lapsed, {Reminders} reminder(s), {Notices} advertising notice(s), {Destroyed} subscriber(s) destroyed, {Conflicts} conflict(s).")]
    public static partial void MaintenanceRan(
        this ILogger logger, string actor, int unconfirmed, int scheduled, int lapsed, int reminders, int notices, int destroyed, int conflicts);

    [LoggerMessage(4101, LogLevel.Warning, "Consent upkeep step {Step}: a batch changed concurrently and is left for the next run.")]
    public static partial void MaintenanceConflict(this ILogger logger, string step);

    [LoggerMessage(4102, LogLevel.Warning, "Consent upkeep: the daily run failed; it is retried on the next day.")]
    public static partial void MaintenanceFailed(this ILogger logger, Exception exception);

    [LoggerMessage(4110, LogLevel.Information, "Data-subject request {RequestId} ({Kind}) {Event} by {Actor}.")]
    public static partial void DataRequestChanged(this ILogger logger, Guid requestId, string kind, string @event, string actor);
}
