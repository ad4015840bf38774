using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>The log messages of closing budget years (EventIds 4210–4219).</summary>
internal static partial class BudgetCloseLog
{
    [LoggerMessage(4210, LogLevel.Information, "Budget year {Year} not closed: {Recoveries} recovery(ies) not settled ({Amount} won).")]
    public static partial void BudgetYearCloseRefused(this ILogger logger, int year, int recoveries, long amount);
}
