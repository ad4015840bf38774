using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>The log messages of the budget (EventIds 1400–1419).</summary>
internal static partial class BudgetLog
{
    [LoggerMessage(1400, LogLevel.Information, "Budget file {Source} loaded: {Records} line(s), {Created} new, {AlreadyPresent} already present, {YearsCreated} year(s) created.")]
    public static partial void BudgetLoaded(this ILogger logger, string source, int records, int created, int alreadyPresent, int yearsCreated);

    [LoggerMessage(1401, LogLevel.Information, "Budget file {Source} refused: {Code} ({Field}).")]
    public static partial void BudgetLoadRefused(this ILogger logger, string source, string code, string? field);

    [LoggerMessage(1402, LogLevel.Warning, "Budget unit of work hit a transient storage conflict (attempt {Attempt}); running it again.")]
    public static partial void BudgetTransientConflict(this ILogger logger, int attempt, Exception exception);

    [LoggerMessage(1403, LogLevel.Information, "Budget year {Year} {Event} by {Actor}.")]
    public static partial void BudgetYearChanged(this ILogger logger, int year, string @event, string actor);

    [LoggerMessage(1404, LogLevel.Information, "Budget line {LineId} ({Year}) {Event} by {Actor}: {Amount} won.")]
    public static partial void BudgetLineChanged(this ILogger logger, Guid lineId, int year, string @event, string actor, long amount);
}
