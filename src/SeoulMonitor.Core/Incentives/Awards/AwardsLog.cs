using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The log messages of awards (EventIds 1520–1549).</summary>
internal static partial class AwardsLog
{
    [LoggerMessage(1520, LogLevel.Information, "Award cycle {Year}: {Monitors} monitor and {Communities} community nomination(s) computed in {ElapsedMs} ms.")]
    public static partial void NominationsComputed(this ILogger logger, int year, int monitors, int communities, long elapsedMs);

    [LoggerMessage(1521, LogLevel.Information, "Award cycle {Year} announced: {Plaques} plaque(s), {Invitations} dialogue invitation(s), {Notices} notice(s).")]
    public static partial void Announced(this ILogger logger, int year, int plaques, int invitations, int notices);

    [LoggerMessage(1522, LogLevel.Information, "Award cycle {Year}: {What} read by {Actor} ({Count} record(s)).")]
    public static partial void PersonalDataRead(this ILogger logger, int year, string what, string actor, int count);
}
