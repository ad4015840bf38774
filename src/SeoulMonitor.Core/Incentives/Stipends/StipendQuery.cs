namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Filters of the staff list of entries (all optional).</summary>
public sealed record StipendQuery(int? Year = null, StipendEntryState? State = null, Guid? MonitorId = null, Guid? PayoutBatchId = null);
