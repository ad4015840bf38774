using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Refusals of stipend rules, the stipend ledger and payouts (stable codes).</summary>
public static class StipendErrors
{
    /// <summary>Only staff change money.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "stipend.forbidden", "Only staff may change stipends.", "활동비는 담당 직원만 변경할 수 있습니다.");

    /// <summary>The year is outside the program's years.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "stipend.year.invalid", "year", $"The year must be between {IncentiveLimits.MinYear} and {IncentiveLimits.MaxYear}.",
        $"연도는 {IncentiveLimits.MinYear}~{IncentiveLimits.MaxYear} 사이여야 합니다.");

    /// <summary>A page size outside 1–<see cref="StipendLimits.MaxListed"/>.</summary>
    public static DomainError LimitInvalid { get; } = DomainError.Validation(
        "stipend.limit.invalid", "limit", $"The page size must be between 1 and {StipendLimits.MaxListed}.",
        $"한 번에 조회할 수는 1~{StipendLimits.MaxListed} 사이여야 합니다.");

    /// <summary>The per-participation amount is negative or absurd.</summary>
    public static DomainError PerParticipationInvalid { get; } = DomainError.Validation(
        "stipend.per_participation.invalid", "perParticipation",
        $"The amount per participation must be between {StipendLimits.MinRuleAmount} and {StipendLimits.MaxRuleAmount:N0} won.",
        $"참여 1건당 금액은 {StipendLimits.MinRuleAmount}원 이상 {StipendLimits.MaxRuleAmount:N0}원 이하여야 합니다.");

    /// <summary>The per-activity amount is negative or absurd.</summary>
    public static DomainError PerCommunityActivityInvalid { get; } = DomainError.Validation(
        "stipend.per_community_activity.invalid", "perCommunityActivity",
        $"The amount per community activity must be between {StipendLimits.MinRuleAmount} and {StipendLimits.MaxRuleAmount:N0} won.",
        $"커뮤니티 활동 1건당 금액은 {StipendLimits.MinRuleAmount}원 이상 {StipendLimits.MaxRuleAmount:N0}원 이하여야 합니다.");

    /// <summary>A task rule sets a community amount (community expenses follow the year's rule only).</summary>
    public static DomainError TaskRuleCommunityAmount { get; } = DomainError.Validation(
        "stipend.per_community_activity.task_rule", "perCommunityActivity",
        "A task's rule cannot set a community activity amount; set it on the year's rule.",
        "과제별 기준에는 커뮤니티 활동비를 정할 수 없습니다. 연도 기준에서 정하세요.");

    /// <summary>The task does not exist.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound(
        "stipend.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>The task belongs to another year.</summary>
    public static DomainError TaskOtherYear { get; } = DomainError.Validation(
        "stipend.task.other_year", "taskId", "The task belongs to another year.", "다른 연도의 과제입니다.");

    /// <summary>The budget year is closed.</summary>
    public static DomainError YearClosed { get; } = DomainError.Conflict(
        "stipend.year_closed", "The budget year is closed: its stipends can no longer change.", "마감된 회계연도의 활동비는 변경할 수 없습니다.");

    /// <summary>No year rule.</summary>
    public static DomainError RuleMissing { get; } = DomainError.Rule(
        "stipend.rule_missing", "The year has no stipend rule yet.", "해당 연도의 활동비 기준이 없습니다.");

    /// <summary>No field-activity budget line for the year.</summary>
    public static DomainError BudgetLineMissing { get; } = DomainError.Rule(
        "stipend.budget_line_missing", "The year has no field-activity budget line.", "해당 연도에 현장 활동비 예산 항목이 없습니다.");

    /// <summary>No such entry.</summary>
    public static DomainError EntryNotFound { get; } = DomainError.NotFound(
        "stipend.entry_not_found", "The stipend entry does not exist.", "활동비 내역이 없습니다.");

    /// <summary>No entries given, too many, or duplicates.</summary>
    public static DomainError IdsInvalid { get; } = DomainError.Validation(
        "stipend.ids.invalid", "ids", $"Give 1 to {StipendLimits.MaxApprovalBatch} distinct entry ids.",
        $"서로 다른 내역 번호를 1~{StipendLimits.MaxApprovalBatch}개 입력하세요.");

    /// <summary>A reversal is a correction, not a payment to approve.</summary>
    public static DomainError ReversalNotApprovable { get; } = DomainError.Conflict(
        "stipend.reversal_not_approvable", "A reversal entry is a correction and cannot be approved for payment.",
        "정정(환수) 내역은 지급 승인 대상이 아닙니다.");

    /// <summary>Hold reason missing or out of bounds.</summary>
    public static DomainError ReasonInvalid { get; } = DomainError.Validation(
        "stipend.reason.invalid", "reason", $"Give a reason of {StipendLimits.ReasonMinLength} to {StipendLimits.ReasonMaxLength} characters.",
        $"사유를 {StipendLimits.ReasonMinLength}~{StipendLimits.ReasonMaxLength}자로 입력하세요.");

    /// <summary>The month is not <c>yyyy-MM</c>.</summary>
    public static DomainError MonthInvalid { get; } = DomainError.Validation(
        "stipend.month.invalid", "month", "The month must be an existing month written yyyy-MM, e.g. 2026-03.",
        "지급 월은 2026-03 형식의 실제 월이어야 합니다.");

    /// <summary>Nothing to export.</summary>
    public static DomainError NothingToExport { get; } = DomainError.Rule(
        "stipend.payout_empty", "There are no approved entries to export.", "지급 요청할 승인 내역이 없습니다.");

    /// <summary>No such batch.</summary>
    public static DomainError BatchNotFound { get; } = DomainError.NotFound(
        "stipend.payout_not_found", "The payout batch does not exist.", "지급 요청 묶음이 없습니다.");

    /// <summary>The batch is already paid.</summary>
    public static DomainError BatchAlreadyPaid { get; } = DomainError.Conflict(
        "stipend.payout_already_paid", "The payout batch is already paid.", "이미 지급 완료된 묶음입니다.");

    /// <summary>Another writer changed the records at the same time.</summary>
    public static DomainError ConcurrentChange { get; } = DomainError.Conflict(
        "stipend.concurrent_change", "The entries were changed at the same time by someone else; try again.",
        "다른 사용자가 동시에 변경했습니다. 다시 시도하세요.");

    /// <summary>No such community.</summary>
    public static DomainError CommunityNotFound { get; } = DomainError.NotFound(
        "stipend.community_not_found", "The community does not exist.", "커뮤니티가 없습니다.");

    /// <summary>Only the community's leader (or staff) reads its stipends and recoveries.</summary>
    public static DomainError NotCommunityLeader { get; } = DomainError.Forbidden(
        "stipend.community.not_leader", "Only the community's leader may read its stipends.", "커뮤니티 대표만 활동비 내역을 볼 수 있습니다.");
}
