using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Incentives.Stipends;

namespace SeoulMonitor.Core.Incentives.Budget;

public sealed partial class BudgetService
{
    /// <summary>The execution report of a year: budget, committed, paid, remaining and execution rate per line, per category and in total.</summary>
    public async Task<Result<BudgetExecutionReport>> GetReportAsync(int year, CancellationToken cancellationToken = default)
    {
        var budgetYear = await _db.Set<BudgetYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken).ConfigureAwait(false);
        if (budgetYear is null)
        {
            return BudgetErrors.YearNotFound;
        }

        var lines = await _db.Set<BudgetLine>().AsNoTracking().Where(l => l.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var premiums = await _db.Set<InsurancePremium>().AsNoTracking().Where(p => p.Year == year).Select(p => new { p.State, p.Amount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recoveries = await _db.Set<Recovery>().AsNoTracking().Where(r => r.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        int Count(InsurancePremiumState state) => premiums.Count(p => p.State == state);
        long Won(InsurancePremiumState state) => premiums.Where(p => p.State == state).Sum(p => p.Amount);
        var premiumTotals = new BudgetPremiumTotals(
            Count(InsurancePremiumState.Recorded), Won(InsurancePremiumState.Recorded), Count(InsurancePremiumState.Paid), Won(InsurancePremiumState.Paid),
            Count(InsurancePremiumState.Cancelled), Won(InsurancePremiumState.Cancelled));
        return Report(budgetYear, lines, premiumTotals, RecoverySums.Of(recoveries));
    }

    /// <summary>The execution report as CSV (UTF-8 with a byte-order mark so that spreadsheet programs keep Korean intact).</summary>
    public async Task<Result<byte[]>> ExportReportCsvAsync(int year, CancellationToken cancellationToken = default)
    {
        var report = await GetReportAsync(year, cancellationToken).ConfigureAwait(false);
        return report.IsSuccess ? BudgetReportCsv.Write(report.Value) : report.Error;
    }

    /// <summary>The years with a budget, oldest first.</summary>
    public async Task<IReadOnlyList<BudgetYearView>> ListYearsAsync(CancellationToken cancellationToken = default)
    {
        var years = await _db.Set<BudgetYear>().AsNoTracking().OrderBy(y => y.Year).Take(IncentiveLimits.MaxYear - IncentiveLimits.MinYear + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return years.ConvertAll(BudgetYearView.From);
    }

    private static BudgetExecutionReport Report(BudgetYear year, IEnumerable<BudgetLine> lines, BudgetPremiumTotals? premiums = null, BudgetRecoveryTotals? recoveries = null)
    {
        var views = lines.Select(BudgetLineView.From)
            .OrderBy(l => l.Category, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        var categories = views.GroupBy(l => l.Category, StringComparer.Ordinal)
            .Select(g => new BudgetCategoryTotal(g.Key, BudgetAmounts.Of(g))).ToList();
        return new BudgetExecutionReport(year.Year, year.IsClosed, views, categories, BudgetAmounts.Of(views),
            premiums ?? new BudgetPremiumTotals(0, 0, 0, 0, 0, 0), recoveries ?? new BudgetRecoveryTotals(0, 0, 0, 0));
    }
}
