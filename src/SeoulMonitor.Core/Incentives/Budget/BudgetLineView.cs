using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A budget line with its execution.</summary>
public sealed record BudgetLineView(
    Guid Id,
    int Year,
    string Category,
    string Name,
    BudgetPurpose Purpose,
    string PurposeName,
    string PurposeNameKo,
    bool IsSettled,
    long Amount,
    long Committed,
    long Paid,
    long Remaining,
    decimal ExecutionRate)
{
    /// <summary>The view of a line.</summary>
    public static BudgetLineView From(BudgetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Id, line.Year, line.Category, line.Name, line.Purpose, StatusNames.English(line.Purpose), StatusNames.Korean(line.Purpose),
            line.IsSettled, line.Amount, line.Committed, line.Paid, line.Amount - line.Committed - line.Paid, BudgetAmounts.Rate(line.Paid, line.Amount));
    }
}
