namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>What one recalculation did: entries created, entries reversed, evidence already paid right.</summary>
/// <param name="Year">The program year.</param>
/// <param name="TaskId">The task, when only one task was recalculated.</param>
/// <param name="Evidence">Pieces of evidence (participations, activities) looked at, with or without entries.</param>
/// <param name="Created">New entries (first entries and new versions after a change).</param>
/// <param name="Reversed">Entries corrected by a reversal entry.</param>
/// <param name="Unchanged">Evidence whose entry already equals the rule's output.</param>
public sealed record RecalculationReport(int Year, Guid? TaskId, int Evidence, int Created, int Reversed, int Unchanged);
