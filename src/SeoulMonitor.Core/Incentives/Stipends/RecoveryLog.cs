using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The log messages of recoveries (EventIds 1470–1479).</summary>
internal static partial class RecoveryLog
{
    [LoggerMessage(1471, LogLevel.Information, "Recovery {RecoveryId}: {Amount} won collected by finance (reference {Reference}), recorded by {Actor}.")]
    public static partial void RecoveryCollected(this ILogger logger, Guid recoveryId, long amount, string reference, string actor);

    [LoggerMessage(1472, LogLevel.Information, "Payout batch {BatchId}: {Amount} won of recoveries netted.")]
    public static partial void RecoveriesNetted(this ILogger logger, Guid batchId, long amount);
}
