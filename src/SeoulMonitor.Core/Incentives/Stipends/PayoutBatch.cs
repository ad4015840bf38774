namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>A month's payout: the approved entries exported together as a bank-transfer CSV.</summary>
public sealed class PayoutBatch
{
    /// <summary>The batch's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The month it pays, <c>yyyy-MM</c> (Seoul calendar).</summary>
    public string Month { get; init; } = string.Empty;

    /// <summary>The state.</summary>
    public PayoutBatchState State { get; set; }

    /// <summary>The number of entries.</summary>
    public int EntryCount { get; init; }

    /// <summary>The total of its entries (gross), in won.</summary>
    public long Total { get; init; }

    /// <summary>Recoveries (환수) netted against the payees' gross, in won; the transfer is <see cref="Total"/> − this.</summary>
    public long Recovered { get; set; }

    /// <summary>When it was exported (UTC).</summary>
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>When it was marked paid (UTC).</summary>
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
