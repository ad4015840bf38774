namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>The program's published figures of one year (embedded <c>program-yearly-stats.csv</c>, 2009–2014).</summary>
/// <param name="Year">The year.</param>
/// <param name="Monitors">Monitors appointed.</param>
/// <param name="Tasks">Monitoring tasks carried out.</param>
/// <param name="BudgetThousandKrw">The budget, in thousands of won.</param>
public sealed record PublishedYearlyFigures(int Year, int Monitors, int Tasks, long BudgetThousandKrw);
