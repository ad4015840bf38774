namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>A monitor's own stipend entries and their totals per year.</summary>
public sealed record MyStipends(Guid MonitorId, IReadOnlyList<StipendEntryView> Entries, IReadOnlyList<StipendTotals> Years);
