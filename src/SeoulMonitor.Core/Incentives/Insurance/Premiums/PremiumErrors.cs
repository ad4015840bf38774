using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>Refusals of insurance premiums (stable codes). Budget refusals (overdraft, closed year, wrong purpose) keep their <c>budget.*</c> codes.</summary>
public static class PremiumErrors
{
    /// <summary>No such premium.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "insurance.premium.not_found", "The insurance premium does not exist.", "보험료 청구가 없습니다.");

    /// <summary>Insurer missing or too long.</summary>
    public static DomainError InsurerInvalid { get; } = DomainError.Validation(
        "insurance.premium.insurer.invalid", "insurer", $"Name the insurer (at most {PremiumLimits.InsurerMaxLength} characters).",
        $"보험사명을 입력하세요({PremiumLimits.InsurerMaxLength}자 이하).");

    /// <summary>Policy number missing, too long or with other characters.</summary>
    public static DomainError PolicyNumberInvalid { get; } = DomainError.Validation(
        "insurance.premium.policy_number.invalid", "policyNumber",
        $"Give the policy number: 1 to {PremiumLimits.PolicyNumberMaxLength} letters, digits, '-', '/' or '.'.",
        $"증권번호는 영문·숫자·'-'·'/'·'.' 1~{PremiumLimits.PolicyNumberMaxLength}자여야 합니다.");

    /// <summary>A period date is missing or not a yyyy-MM-dd date.</summary>
    public static DomainError PeriodDateInvalid(string field) => DomainError.Validation(
        "insurance.premium.period.invalid", field, "Give the policy period's dates as yyyy-MM-dd.", "보험 기간은 yyyy-MM-dd 형식의 날짜여야 합니다.");

    /// <summary>The period ends before it starts or is longer than <see cref="PremiumLimits.MaxPeriodDays"/> days.</summary>
    public static DomainError PeriodLengthInvalid { get; } = DomainError.Validation(
        "insurance.premium.period.invalid", "periodEnd",
        $"The policy period must end on or after its start and last at most {PremiumLimits.MaxPeriodDays} days.",
        $"보험 기간은 시작일 이후에 끝나야 하고 {PremiumLimits.MaxPeriodDays}일 이하여야 합니다.");

    /// <summary>The period does not start in the budget line's year.</summary>
    public static DomainError PeriodOutsideYear { get; } = DomainError.Validation(
        "insurance.premium.period.outside_year", "periodStart",
        "The policy period must start in the budget line's fiscal year.", "보험 기간은 예산 항목의 회계연도에 시작해야 합니다.");

    /// <summary>Amount outside <see cref="PremiumLimits.MinAmount"/>..<see cref="PremiumLimits.MaxAmount"/>.</summary>
    public static DomainError AmountInvalid { get; } = DomainError.Validation(
        "insurance.premium.amount.invalid", "amount",
        $"The premium must be {PremiumLimits.MinAmount:N0} to {PremiumLimits.MaxAmount:N0} won.",
        $"보험료는 {PremiumLimits.MinAmount:N0}원 이상 {PremiumLimits.MaxAmount:N0}원 이하여야 합니다.");

    /// <summary>The same invoice (insurer, policy number, period start) is recorded already and not cancelled.</summary>
    public static DomainError Duplicate { get; } = DomainError.Conflict(
        "insurance.premium.duplicate", "A premium of this insurer, policy number and period start is recorded already.",
        "같은 보험사·증권번호·보험 시작일의 보험료가 이미 등록되어 있습니다.");

    /// <summary>Payment reference missing or out of length.</summary>
    public static DomainError ReferenceInvalid { get; } = DomainError.Validation(
        "insurance.premium.reference.invalid", "reference",
        $"Give finance's payment reference ({PremiumLimits.ReferenceMinLength} to {PremiumLimits.ReferenceMaxLength} characters).",
        $"납부 증빙 번호를 입력하세요({PremiumLimits.ReferenceMinLength}~{PremiumLimits.ReferenceMaxLength}자).");

    /// <summary>Cancellation reason missing or out of length.</summary>
    public static DomainError ReasonInvalid { get; } = DomainError.Validation(
        "insurance.premium.reason.invalid", "reason",
        $"Give the reason ({PremiumLimits.ReasonMinLength} to {PremiumLimits.ReasonMaxLength} characters).",
        $"취소 사유를 입력하세요({PremiumLimits.ReasonMinLength}~{PremiumLimits.ReasonMaxLength}자).");

    /// <summary>Another writer changed the premium meanwhile.</summary>
    public static DomainError ConcurrentChange { get; } = DomainError.Conflict(
        "insurance.premium.concurrent_change", "The premium was changed meanwhile; read it again.", "보험료 청구가 그사이 변경되었습니다. 다시 조회하세요.");
}
