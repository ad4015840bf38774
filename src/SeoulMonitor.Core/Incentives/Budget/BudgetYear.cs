namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A fiscal year of the program's budget; closed years take no new commitments or payments.</summary>
public sealed class BudgetYear
{
    /// <summary>The year (the primary key).</summary>
    public int Year { get; init; }

    /// <summary>Whether the year is closed (settled).</summary>
    public bool IsClosed { get; set; }

    /// <summary>When it was closed (UTC).</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
