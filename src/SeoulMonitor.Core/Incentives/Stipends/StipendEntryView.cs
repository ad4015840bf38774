using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>One stipend-ledger entry (no personal data: monitors appear by id), with its state's Korean name.</summary>
public sealed record StipendEntryView(
    Guid Id,
    string DerivationKey,
    StipendEntryKind Kind,
    int Year,
    Guid? MonitorId,
    Guid? CommunityId,
    Guid? TaskId,
    Guid? SourceId,
    Guid? ReversesId,
    Guid? RuleId,
    long Amount,
    Guid BudgetLineId,
    StipendEntryState State,
    string StateKo,
    string? Reason,
    Guid? PayoutBatchId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static StipendEntryView From(StipendEntry e) => new(
        e.Id, e.DerivationKey, e.Kind, e.Year, e.MonitorId, e.CommunityId, e.TaskId, e.SourceId, e.ReversesId, e.RuleId, e.Amount,
        e.BudgetLineId, e.State, StatusNames.Korean(e.State), e.Reason, e.PayoutBatchId, e.CreatedAt, e.UpdatedAt);
}
