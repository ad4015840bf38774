using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>Refusals of the monthly access-log review.</summary>
public static class AccessReviewErrors
{
    /// <summary>The year is out of range.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "access_review.year.invalid", "year",
        $"The year must be between {AccessLimits.FirstReviewYear} and {AccessLimits.LastReviewYear}.",
        $"연도는 {AccessLimits.FirstReviewYear}~{AccessLimits.LastReviewYear} 사이여야 합니다.");

    /// <summary>The month is out of range.</summary>
    public static DomainError MonthInvalid { get; } = DomainError.Validation(
        "access_review.month.invalid", "month",
        "The month must be between 1 and 12.",
        "월은 1~12 사이여야 합니다.");

    /// <summary>The month has not ended yet in Seoul.</summary>
    public static DomainError MonthNotEnded { get; } = DomainError.Rule(
        "access_review.month_not_ended",
        "A month can be signed off only after it has ended (Seoul time).",
        "점검 확인은 해당 월이 끝난 뒤(서울 시간 기준)에만 할 수 있습니다.");

    /// <summary>The notes are too long.</summary>
    public static DomainError NotesTooLong { get; } = DomainError.Validation(
        "access_review.notes.too_long", "notes",
        $"The review notes may be at most {AccessLimits.ReviewNotesMaxLength} characters.",
        $"점검 의견은 {AccessLimits.ReviewNotesMaxLength}자 이하여야 합니다.");

    /// <summary>Only staff may sign a review off.</summary>
    public static DomainError ReviewerNotStaff { get; } = DomainError.Forbidden(
        "access_review.reviewer.forbidden",
        "Only program staff may sign off an access-log review.",
        "접속기록 점검 확인은 담당 직원만 할 수 있습니다.");
}
