namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>A year's consultations (by day) with their totals, in won.</summary>
/// <param name="Year">The year of the consultations' days.</param>
/// <param name="Count">How many consultations (all states).</param>
/// <param name="Committed">Allowances planned or held, not yet paid.</param>
/// <param name="Paid">Allowances paid.</param>
/// <param name="Cancelled">How many were cancelled.</param>
/// <param name="Items">The consultations, by day.</param>
public sealed record ConsultationList(int Year, int Count, long Committed, long Paid, int Cancelled, IReadOnlyList<ConsultationView> Items);
