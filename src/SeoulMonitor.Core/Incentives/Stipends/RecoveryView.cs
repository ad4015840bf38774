using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// A recovery (no personal data: payees appear by id), with its state's Korean name. <paramref name="Outstanding"/> is
/// what is still due (amount − netted − collected).
/// </summary>
public sealed record RecoveryView(
    Guid Id,
    Guid ReversalId,
    Guid EntryId,
    int Year,
    Guid? MonitorId,
    Guid? CommunityId,
    Guid BudgetLineId,
    long Amount,
    long Netted,
    long Collected,
    long Settled,
    long Outstanding,
    RecoveryState State,
    string StateKo,
    string? Reference,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static RecoveryView From(Recovery r) => new(
        r.Id, r.ReversalId, r.EntryId, r.Year, r.MonitorId, r.CommunityId, r.BudgetLineId, r.Amount, r.Netted, r.Collected, r.Settled,
        r.Amount - r.Netted - r.Collected, r.State, StatusNames.Korean(r.State), r.Reference, r.CreatedAt, r.UpdatedAt);
}
