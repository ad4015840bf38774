using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>Refusals of injury insurance (stable codes).</summary>
public static class InsuranceErrors
{
    /// <summary>Only staff manage insurance.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "insurance.forbidden", "Only staff may manage injury insurance.", "상해 보험은 담당 직원만 관리할 수 있습니다.");

    /// <summary>No such task.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound(
        "insurance.task_not_found", "The task does not exist.", "과제가 없습니다.");

    /// <summary>The task has no roster yet.</summary>
    public static DomainError RosterNotFound { get; } = DomainError.NotFound(
        "insurance.roster_not_found", "The task has no coverage roster yet.", "이 과제의 보험 가입 명단이 아직 없습니다.");

    /// <summary>The roster can only be drawn up between the close of recruitment and the close of fieldwork.</summary>
    public static DomainError RosterNotDrawable { get; } = DomainError.Conflict(
        "insurance.roster_not_drawable",
        "A coverage roster can be drawn up only after recruitment closed and before fieldwork closes.",
        "보험 가입 명단은 모집 마감 후 현장 활동 종료 전까지만 작성할 수 있습니다.");

    /// <summary>Nobody is confirmed for the task.</summary>
    public static DomainError RosterEmpty { get; } = DomainError.Rule(
        "insurance.roster_empty", "No monitor is confirmed for the task.", "이 과제에 확정된 모니터가 없습니다.");

    /// <summary>No such claim.</summary>
    public static DomainError ClaimNotFound { get; } = DomainError.NotFound(
        "insurance.claim_not_found", "The claim does not exist.", "보험 청구가 없습니다.");

    /// <summary>The monitor was not on the roster, or the incident is outside the coverage window.</summary>
    public static DomainError NotCovered { get; } = DomainError.Rule(
        "insurance.not_covered",
        "The monitor was not covered then: not on the task's roster, or the incident is outside the coverage window.",
        "해당 시점에 보험 적용 대상이 아닙니다(가입 명단에 없거나 보장 기간 밖의 사고).");

    /// <summary>The incident lies in the future.</summary>
    public static DomainError IncidentInFuture { get; } = DomainError.Validation(
        "insurance.incident_at.future", "incidentAt", "The incident cannot lie in the future.", "사고 일시는 미래일 수 없습니다.");

    /// <summary>Description missing.</summary>
    public static DomainError DescriptionRequired { get; } = DomainError.Validation(
        "insurance.description.required", "description", "Describe what happened.", "사고 내용을 입력하세요.");

    /// <summary>Description too long.</summary>
    public static DomainError DescriptionTooLong { get; } = DomainError.Validation(
        "insurance.description.too_long", "description",
        $"The description may be at most {InsuranceLimits.DescriptionMaxLength} characters.",
        $"사고 내용은 {InsuranceLimits.DescriptionMaxLength}자 이하여야 합니다.");

    /// <summary>Amount out of range.</summary>
    public static DomainError AmountInvalid { get; } = DomainError.Validation(
        "insurance.amount.invalid", "amount",
        $"The paid amount must be {InsuranceLimits.MinPaidAmount:N0} to {InsuranceLimits.MaxPaidAmount:N0} won.",
        $"지급액은 {InsuranceLimits.MinPaidAmount:N0}원 이상 {InsuranceLimits.MaxPaidAmount:N0}원 이하여야 합니다.");

    /// <summary>Decline reason missing.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "insurance.reason.required", "reason", "Give the insurer's reason.", "부지급 사유를 입력하세요.");

    /// <summary>Decline reason too long.</summary>
    public static DomainError ReasonTooLong { get; } = DomainError.Validation(
        "insurance.reason.too_long", "reason",
        $"The reason may be at most {InsuranceLimits.ReasonMaxLength} characters.", $"사유는 {InsuranceLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>Year out of range.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "insurance.year.invalid", "year",
        $"The year must be {IncentiveLimits.MinYear} to {IncentiveLimits.MaxYear}.", $"연도는 {IncentiveLimits.MinYear}~{IncentiveLimits.MaxYear} 사이여야 합니다.");
}
