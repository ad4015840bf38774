using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The log messages of insurance premiums (EventIds 4200–4209).</summary>
internal static partial class PremiumLog
{
    [LoggerMessage(4200, LogLevel.Information, "Insurance premium {PremiumId} ({Year}) recorded by {Actor}: {Amount} won committed on line {LineId}.")]
    public static partial void PremiumRecorded(this ILogger logger, Guid premiumId, int year, string actor, long amount, Guid lineId);

    [LoggerMessage(4201, LogLevel.Information, "Insurance premium {PremiumId} {Event} by {Actor}: {Amount} won.")]
    public static partial void PremiumChanged(this ILogger logger, Guid premiumId, string @event, string actor, long amount);
}
