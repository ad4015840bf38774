namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// One line of the stipend ledger, derived from a rule and evidence (a completed participation, a verified community
/// activity), never typed in. Entries are never edited or deleted: a correction is a <see cref="StipendEntryKind.Reversal"/>
/// entry with the negative amount. <see cref="DerivationKey"/> is unique, so recalculation adds nothing twice.
/// </summary>
public sealed class StipendEntry
{
    /// <summary>The entry's id.</summary>
    public Guid Id { get; init; }

    /// <summary>What produced it, unique: <c>participation:{id}</c>, <c>community-activity:{id}</c>, <c>reversal:{entryId}</c>.</summary>
    public string DerivationKey { get; init; } = string.Empty;

    /// <summary>What it pays for.</summary>
    public StipendEntryKind Kind { get; init; }

    /// <summary>The program year.</summary>
    public int Year { get; init; }

    /// <summary>The monitor paid (participations; null for community entries).</summary>
    public Guid? MonitorId { get; init; }

    /// <summary>The community paid (community activities).</summary>
    public Guid? CommunityId { get; init; }

    /// <summary>The task (participations).</summary>
    public Guid? TaskId { get; init; }

    /// <summary>The evidence's id (participation or community activity).</summary>
    public Guid? SourceId { get; init; }

    /// <summary>The entry this one reverses (reversals).</summary>
    public Guid? ReversesId { get; init; }

    /// <summary>The rule that gave the amount.</summary>
    public Guid? RuleId { get; init; }

    /// <summary>The amount in won (negative for reversals).</summary>
    public long Amount { get; init; }

    /// <summary>The budget line it draws on.</summary>
    public Guid BudgetLineId { get; init; }

    /// <summary>The state.</summary>
    public StipendEntryState State { get; set; }

    /// <summary>The reason of a hold or reversal.</summary>
    public string? Reason { get; set; }

    /// <summary>The payout batch it was exported in.</summary>
    public Guid? PayoutBatchId { get; set; }

    /// <summary>When it was calculated (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed state (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
