namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// A community's activity-expense stipends of one year as its leader sees them: its entries (newest first, reversals
/// included), its recoveries (환수, newest first) and their totals.
/// </summary>
public sealed record CommunityStipends(
    Guid CommunityId, int Year, IReadOnlyList<StipendEntryView> Entries, IReadOnlyList<RecoveryView> Recoveries, StipendTotals Totals);
