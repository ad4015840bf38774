using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>Refusals of the personal-data access log.</summary>
public static class AccessErrors
{
    /// <summary>No purpose was stated.</summary>
    public static DomainError PurposeRequired { get; } = DomainError.Validation(
        "access.purpose_required", "purpose",
        "State the purpose of reading personal data (the 'purpose' parameter).",
        "개인정보 조회 목적을 입력하세요('purpose' 항목).");

    /// <summary>The purpose is too long.</summary>
    public static DomainError PurposeTooLong { get; } = DomainError.Validation(
        "access.purpose_too_long", "purpose",
        $"The purpose may be at most {AccessLimits.PurposeMaxLength} characters.",
        $"조회 목적은 {AccessLimits.PurposeMaxLength}자 이하여야 합니다.");

    /// <summary>A download without a reason.</summary>
    public static DomainError DownloadReasonRequired { get; } = DomainError.Validation(
        "access.download_reason_required", "reason",
        $"Downloading personal data needs a recorded reason of {AccessLimits.ReasonMinLength} to {AccessLimits.ReasonMaxLength} characters.",
        $"개인정보를 다운로드하려면 사유({AccessLimits.ReasonMinLength}~{AccessLimits.ReasonMaxLength}자)를 기록해야 합니다.");
}
