using SeoulMonitor.Core.Incentives.Budget;

namespace SeoulMonitor.Host.Demo;

internal sealed partial class DemoIncentivesSeeder
{
    /// <summary>The year whose eight lines this year's budget copies (the latest in the embedded file).</summary>
    internal const int ModelYear = 2015;

    /// <summary>
    /// Loads the embedded 2013–2015 budget (idempotent) and creates <paramref name="year"/>'s budget with the same eight
    /// lines, categories, purposes and amounts as <see cref="ModelYear"/>'s (field activity, advisory, insurance …); a year
    /// the file already holds is used as it is. Returns the year's lines.
    /// </summary>
    private async Task<IReadOnlyList<BudgetLineView>> SeedBudgetAsync(int year, CancellationToken cancellationToken)
    {
        Require("budget file", await budgetLoader.LoadEmbeddedAsync(Staff, cancellationToken));
        var existing = await budget.GetReportAsync(year, cancellationToken);
        if (existing.IsSuccess)
        {
            return existing.Value.Lines;
        }

        var model = Require("model budget year", await budget.GetReportAsync(ModelYear, cancellationToken));
        var created = Require("budget year", await budget.CreateYearAsync(new CreateBudgetYearRequest(
            year, [.. model.Lines.Select(l => new BudgetLineRequest(l.Category, l.Name, l.Purpose, l.Amount))]), Staff, cancellationToken));
        return created.Lines;
    }

    /// <summary>The year's first line for <paramref name="purpose"/>.</summary>
    private static BudgetLineView LineFor(IReadOnlyList<BudgetLineView> lines, BudgetPurpose purpose) =>
        lines.FirstOrDefault(l => l.Purpose == purpose) ?? throw new DemoStepRefusedException("budget line", "demo.budget_line_missing");
}
