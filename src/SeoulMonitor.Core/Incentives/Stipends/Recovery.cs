namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// A recovery (환수): what a payee owes back after an exported or paid entry was reversed. It is settled by netting in
/// the payee's next payout batches of the same budget year (<see cref="Netted"/>, possibly over several batches) or by
/// finance collecting the rest (<see cref="Collected"/>, with a reference). <see cref="Settled"/> is what has come off the
/// budget line's Paid so far (netted in paid batches, plus collected). Never edited back or deleted.
/// </summary>
public sealed class Recovery
{
    /// <summary>The recovery's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The reversal entry that opened it (unique).</summary>
    public Guid ReversalId { get; init; }

    /// <summary>The reversed (exported or paid) entry.</summary>
    public Guid EntryId { get; init; }

    /// <summary>The budget year.</summary>
    public int Year { get; init; }

    /// <summary>The monitor who owes it (participation entries).</summary>
    public Guid? MonitorId { get; init; }

    /// <summary>The community that owes it (community-activity entries).</summary>
    public Guid? CommunityId { get; init; }

    /// <summary>The budget line the reversed entry was paid on.</summary>
    public Guid BudgetLineId { get; init; }

    /// <summary>The amount due, in won (positive: the reversed entry's amount).</summary>
    public long Amount { get; init; }

    /// <summary>Netted in payout batches so far (exported or paid batches), in won.</summary>
    public long Netted { get; set; }

    /// <summary>Collected by finance, in won.</summary>
    public long Collected { get; set; }

    /// <summary>Taken off the budget line's Paid so far (netted in paid batches + collected), in won.</summary>
    public long Settled { get; set; }

    /// <summary>The state.</summary>
    public RecoveryState State { get; set; }

    /// <summary>Finance's reference of a collection (e.g. a receipt number).</summary>
    public string? Reference { get; set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
