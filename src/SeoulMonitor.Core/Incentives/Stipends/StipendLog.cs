using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The log messages of stipends, payouts and community activities (EventIds 1450–1499).</summary>
internal static partial class StipendLog
{
    [LoggerMessage(1450, LogLevel.Information, "Stipends of {Year} (task {TaskId}) recalculated: {Created} created, {Reversed} reversed, {Unchanged} unchanged.")]
    public static partial void Recalculated(this ILogger logger, int year, Guid? taskId, int created, int reversed, int unchanged);

    [LoggerMessage(1451, LogLevel.Warning, "Stipend recalculation of {Year} lost a race on a derivation key (attempt {Attempt}); running it again.")]
    public static partial void RecalculationRaced(this ILogger logger, int year, int attempt);

    [LoggerMessage(1452, LogLevel.Information, "{Count} stipend entr(ies) approved by {Actor}, {Total} won committed.")]
    public static partial void Approved(this ILogger logger, int count, long total, string actor);

    [LoggerMessage(1453, LogLevel.Information, "Payout batch {BatchId} for {Month} exported: {Count} entr(ies), {Total} won.")]
    public static partial void Exported(this ILogger logger, Guid batchId, string month, int count, long total);

    [LoggerMessage(1454, LogLevel.Information, "Payout batch {BatchId} paid: {Count} entr(ies), {Total} won.")]
    public static partial void Paid(this ILogger logger, Guid batchId, int count, long total);

    [LoggerMessage(1455, LogLevel.Information, "Payout batch {BatchId} file read by {Actor} ({Rows} row(s)).")]
    public static partial void PayoutFileRead(this ILogger logger, Guid batchId, string actor, int rows);
}
