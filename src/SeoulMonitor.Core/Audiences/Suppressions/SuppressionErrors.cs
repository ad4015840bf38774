using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>The stable refusals of the suppression list (<c>suppression.*</c>).</summary>
public static class SuppressionErrors
{
    /// <summary>Neither an address nor a hash, or both.</summary>
    public static DomainError AddressRequired { get; } = DomainError.Validation(
        "suppression.address.required", "address",
        "Give either an address or its SHA-256 hash (64 lower-case hex characters), not both.",
        "주소 또는 그 SHA-256 해시(소문자 16진수 64자) 중 하나만 입력하세요.");

    /// <summary>The hash is not 64 hex characters.</summary>
    public static DomainError HashInvalid { get; } = DomainError.Validation(
        "suppression.hash.invalid", "hash",
        "The hash must be the SHA-256 of the normalised address as 64 hex characters.",
        "해시는 정규화한 주소의 SHA-256 값(16진수 64자)이어야 합니다.");

    /// <summary>The note is too long.</summary>
    public static DomainError NoteTooLong { get; } = DomainError.Validation(
        "suppression.note.too_long", "note",
        $"The note may have at most {AudienceLimits.ReasonMaxLength} characters.",
        $"메모는 {AudienceLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>The reason is not one of the known reasons.</summary>
    public static DomainError ReasonInvalid { get; } = DomainError.Validation(
        "suppression.reason.invalid", "reason",
        "The reason must be HardBounce, Complaint, Staff, SoftBounces, PermanentFailure, CarrierFailure or Unsubscribed.",
        "사유는 HardBounce, Complaint, Staff, SoftBounces, PermanentFailure, CarrierFailure, Unsubscribed 중 하나여야 합니다.");

    /// <summary>Too many hashes in one bulk request.</summary>
    public static DomainError BulkTooLarge { get; } = DomainError.Validation(
        "suppression.bulk.too_large", "hashes",
        $"One bulk request may hold 1 to {SuppressionLimits.MaxBulkHashes} hashes.",
        $"한 번에 1~{SuppressionLimits.MaxBulkHashes}개의 해시를 등록할 수 있습니다.");

    /// <summary>Paging out of range.</summary>
    public static DomainError PagingInvalid { get; } = DomainError.Validation(
        "suppression.paging.invalid", "limit",
        $"limit must be between 1 and {SuppressionLimits.MaxPageSize}, and after 0 or more.",
        $"limit은 1~{SuppressionLimits.MaxPageSize}, after는 0 이상이어야 합니다.");

    /// <summary>No such entry.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "suppression.not_found", "No such suppression entry.", "수신 차단 항목이 없습니다.");

    /// <summary>A lift without a reason.</summary>
    public static DomainError LiftReasonRequired { get; } = DomainError.Validation(
        "suppression.lift.reason_required", "reason",
        $"Say why the suppression is lifted (1 to {AudienceLimits.ReasonMaxLength} characters).",
        $"수신 차단을 해제하는 이유를 입력하세요(1~{AudienceLimits.ReasonMaxLength}자).");

    /// <summary>A complaint reported by a mail provider lifted without the person's fresh consent.</summary>
    public static DomainError LiftConsentRequired { get; } = new(
        "suppression.lift.consent_required", ErrorKind.Rule,
        "The person complained about our mail: the suppression is lifted only after they give an active consent on this channel again, later than the complaint.",
        "스팸 신고로 차단된 주소는 신고 이후 해당 채널로 새로 받은 유효한 수신 동의가 있어야 해제할 수 있습니다.",
        "id");
}
