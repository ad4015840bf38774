using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Refusals of recoveries (stable codes).</summary>
public static class RecoveryErrors
{
    /// <summary>No such recovery.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "stipend.recovery.not_found", "The recovery does not exist.", "환수 내역이 없습니다.");

    /// <summary>The finance reference is missing or out of bounds.</summary>
    public static DomainError ReferenceInvalid { get; } = DomainError.Validation(
        "stipend.recovery.reference.invalid", "reference",
        $"Give finance's reference of {RecoveryLimits.ReferenceMinLength} to {RecoveryLimits.ReferenceMaxLength} characters.",
        $"수납 참조 번호를 {RecoveryLimits.ReferenceMinLength}~{RecoveryLimits.ReferenceMaxLength}자로 입력하세요.");

    /// <summary>The reversed entry's batch is not paid yet: nothing has been paid that could be recovered.</summary>
    public static DomainError NotYetPaid { get; } = DomainError.Conflict(
        "stipend.recovery.not_yet_paid", "The reversed entry is not paid yet; mark its payout batch paid first.",
        "정정된 내역이 아직 지급되지 않았습니다. 먼저 지급 완료 처리하세요.");
}
