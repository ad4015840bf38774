namespace SeoulMonitor.Host.Diagnostics;

/// <summary>The suppression sync's log messages (EventIds 1270–1289). Addresses are never logged.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1270, LogLevel.Information, "Suppression lift {LiftId} applied to the engine's {Channel} list: {Outcome}.")]
    public static partial void SuppressionLiftApplied(this ILogger logger, long liftId, string channel, string outcome);

    [LoggerMessage(1271, LogLevel.Warning, "Suppression lift {LiftId} could not be applied to the engine (attempt {Attempt}); retried at {NextAttemptAt}.")]
    public static partial void SuppressionLiftFailed(this ILogger logger, Exception exception, long liftId, int attempt, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(1272, LogLevel.Information, "Suppression sweep: {Added} of the engine's {Seen} {Channel} suppressions mirrored into Core ({Refused} refused by Core's address rules).")]
    public static partial void SuppressionSweepCompleted(this ILogger logger, string channel, int seen, int added, int refused);

    [LoggerMessage(1273, LogLevel.Warning, "A suppression sync pass failed; it runs again in {Interval}.")]
    public static partial void SuppressionSyncFailed(this ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(1274, LogLevel.Debug, "Suppression follow: {Count} applied lifts brought into this node's gate.")]
    public static partial void SuppressionLiftsFollowed(this ILogger logger, int count);

    [LoggerMessage(1275, LogLevel.Information, "Suppression {Id} lifted by staff; the engine's list follows (lift {LiftId}).")]
    public static partial void SuppressionLifted(this ILogger logger, long id, long liftId);

    [LoggerMessage(1276, LogLevel.Information, "The suppression sync is off (SuppressionSync:Enabled is false).")]
    public static partial void SuppressionSyncOff(this ILogger logger);
}
