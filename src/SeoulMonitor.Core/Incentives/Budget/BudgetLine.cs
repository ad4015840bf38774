namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// One line of a year's budget (e.g. 행사실비보상금 / 서울시민모니터 현장 활동비). Payments commit and then pay against it;
/// <see cref="Committed"/> + <see cref="Paid"/> never exceed <see cref="Amount"/> (kept under the line's lock).
/// </summary>
public sealed class BudgetLine
{
    /// <summary>The line's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The fiscal year.</summary>
    public int Year { get; init; }

    /// <summary>The budget category (편성목), e.g. 행사실비보상금.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The line's name (세부사업), e.g. 서울시민모니터 현장 활동비.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>What it pays for.</summary>
    public BudgetPurpose Purpose { get; set; }

    /// <summary>The budgeted amount, in won.</summary>
    public long Amount { get; set; }

    /// <summary>Approved but not yet paid, in won.</summary>
    public long Committed { get; set; }

    /// <summary>Paid, in won.</summary>
    public long Paid { get; set; }

    /// <summary>Whether <see cref="Amount"/> is the settled (결산) figure of a past year rather than a budget.</summary>
    public bool IsSettled { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
