using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>Refusals of consultations (stable codes); the budget's own refusals come from <see cref="Budget.BudgetErrors"/>.</summary>
public static class ConsultationErrors
{
    /// <summary>No such consultation.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "consultation.not_found", "The consultation does not exist.", "자문 기록이 없습니다.");

    /// <summary>A missing or too long topic.</summary>
    public static DomainError TopicInvalid { get; } = DomainError.Validation(
        "consultation.topic.invalid", "topic", $"The topic is required (at most {AdviserLimits.TextMaxLength} characters).",
        $"자문 주제는 필수입니다({AdviserLimits.TextMaxLength}자 이하).");

    /// <summary>The allowance is outside 1..<see cref="AdviserLimits.MaxAllowance"/> won.</summary>
    public static DomainError AllowanceInvalid { get; } = DomainError.Validation(
        "consultation.allowance.invalid", "allowance", $"The allowance must be between 1 and {AdviserLimits.MaxAllowance:N0} won.",
        $"자문 수당은 1원 이상 {AdviserLimits.MaxAllowance:N0}원 이하여야 합니다.");

    /// <summary>The date's year is outside the program's years.</summary>
    public static DomainError DateInvalid { get; } = DomainError.Validation(
        "consultation.date.invalid", "heldOn", $"The date must be in the years {IncentiveLimits.MinYear}–{IncentiveLimits.MaxYear}.",
        $"자문 일자는 {IncentiveLimits.MinYear}–{IncentiveLimits.MaxYear}년 사이여야 합니다.");

    /// <summary>The budget line is of another year than the consultation.</summary>
    public static DomainError LineYearMismatch { get; } = DomainError.Validation(
        "consultation.line_year_mismatch", "budgetLineId", "The budget line must be of the consultation's year.",
        "자문 연도의 예산 항목이어야 합니다.");

    /// <summary>The task does not exist.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.Validation(
        "consultation.task_not_found", "taskId", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>Recorded held before its day.</summary>
    public static DomainError NotYetHeld { get; } = DomainError.Conflict(
        "consultation.not_yet_held", "A consultation is recorded held on or after its day.", "자문 일자 이후에만 개최를 기록할 수 있습니다.");

    /// <summary>A cancellation needs a reason.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "consultation.reason.required", "reason", $"Give a reason (at most {AdviserLimits.ReasonMaxLength} characters).",
        $"사유를 입력하세요({AdviserLimits.ReasonMaxLength}자 이하).");

    /// <summary>The year of a list is outside the program's years.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "consultation.year.invalid", "year", $"The year must be between {IncentiveLimits.MinYear} and {IncentiveLimits.MaxYear}.",
        $"연도는 {IncentiveLimits.MinYear}년부터 {IncentiveLimits.MaxYear}년 사이여야 합니다.");
}
