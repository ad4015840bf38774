using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>Refusals of the adviser pool (stable codes).</summary>
public static class AdviserErrors
{
    /// <summary>Only program staff manage advisers and consultations.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "adviser.forbidden", "Only program staff may manage advisers and consultations.", "전문가 자문은 담당 직원만 관리할 수 있습니다.");

    /// <summary>No such adviser.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "adviser.not_found", "The adviser does not exist.", "자문 위원이 없습니다.");

    /// <summary>A missing or too long name.</summary>
    public static DomainError NameInvalid { get; } = DomainError.Validation(
        "adviser.name.invalid", "name", $"The name is required (at most {AdviserLimits.NameMaxLength} characters, no control characters).",
        $"이름은 필수입니다({AdviserLimits.NameMaxLength}자 이하, 제어 문자 불가).");

    /// <summary>A missing or too long field of expertise.</summary>
    public static DomainError FieldInvalid { get; } = DomainError.Validation(
        "adviser.field.invalid", "field", $"The field of expertise is required (at most {AdviserLimits.TextMaxLength} characters).",
        $"전문 분야는 필수입니다({AdviserLimits.TextMaxLength}자 이하).");

    /// <summary>A too long affiliation.</summary>
    public static DomainError AffiliationInvalid { get; } = DomainError.Validation(
        "adviser.affiliation.invalid", "affiliation", $"The affiliation may have at most {AdviserLimits.TextMaxLength} characters.",
        $"소속은 {AdviserLimits.TextMaxLength}자 이하여야 합니다.");

    /// <summary>The adviser is inactive already.</summary>
    public static DomainError AlreadyInactive { get; } = DomainError.Conflict(
        "adviser.already_inactive", "The adviser is inactive already.", "이미 비활성화된 자문 위원입니다.");

    /// <summary>An inactive adviser cannot be consulted.</summary>
    public static DomainError Inactive { get; } = DomainError.Conflict(
        "adviser.inactive", "The adviser is not in the active pool.", "활동 중인 자문 위원이 아닙니다.");
}
