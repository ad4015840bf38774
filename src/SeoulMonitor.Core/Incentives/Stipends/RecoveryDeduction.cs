namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The part of a recovery netted in one payout batch (settled on the budget line when the batch is paid).</summary>
public sealed class RecoveryDeduction
{
    /// <summary>The deduction's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The recovery.</summary>
    public Guid RecoveryId { get; init; }

    /// <summary>The payout batch it was netted in.</summary>
    public Guid PayoutBatchId { get; init; }

    /// <summary>The amount netted, in won (positive).</summary>
    public long Amount { get; init; }

    /// <summary>When it was netted (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
