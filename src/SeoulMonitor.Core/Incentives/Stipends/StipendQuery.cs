namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Filters of the staff list of entries (all optional) and its keyset page: entries after the entry
/// <paramref name="After"/> (the last id of the previous page), at most <paramref name="Limit"/> (default and maximum
/// <see cref="StipendLimits.MaxListed"/>).
/// </summary>
public sealed record StipendQuery(
    int? Year = null, StipendEntryState? State = null, Guid? MonitorId = null, Guid? PayoutBatchId = null, Guid? After = null, int? Limit = null);
