namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>The budget's limits (amounts themselves are bounded by <see cref="IncentiveLimits"/>).</summary>
public static class BudgetLimits
{
    /// <summary>Most lines in one year (a create request or one year of a budget file).</summary>
    public const int MaxLinesPerYear = 100;

    /// <summary>Largest budget file, in bytes (1 MiB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Most data lines in a budget file.</summary>
    public const int MaxFileRows = 1000;

    /// <summary>Most year columns in a budget file.</summary>
    public const int MaxFileYears = 20;

    /// <summary>The file's unit: its amounts are in thousand won.</summary>
    public const long FileUnitWon = 1000;

    /// <summary>How many times a unit of work is run again after a transient conflict between concurrent writers.</summary>
    public const int TransientRetries = 5;
}
