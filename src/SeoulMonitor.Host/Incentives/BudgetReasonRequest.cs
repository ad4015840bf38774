namespace SeoulMonitor.Host.Incentives;

/// <summary>A reason (reopening a budget year, cancelling a consultation).</summary>
/// <param name="Reason">The reason.</param>
public sealed record BudgetReasonRequest(string? Reason);
