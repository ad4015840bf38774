using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>The refusals of data-subject requests (codes <c>data_request.*</c>).</summary>
public static class DataRequestErrors
{
    /// <summary>The entity name in codes.</summary>
    public const string Entity = "data_request";

    /// <summary>No such request.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "data_request.not_found", "The data request was not found.", "개인정보 요구를 찾을 수 없습니다.");

    /// <summary>The token was not issued by this service for a data request, or was changed.</summary>
    public static DomainError TokenInvalid { get; } = DomainError.Validation(
        "data_request.token.invalid", "token", "The confirmation link is not valid.", "확인 링크가 올바르지 않습니다.");

    /// <summary>The token expired.</summary>
    public static DomainError TokenExpired { get; } = DomainError.Rule(
        "data_request.token.expired", "The confirmation link has expired; make the request again.", "확인 링크의 유효 기간이 지났습니다. 다시 요구해 주세요.");

    /// <summary>The address is neither an e-mail address nor a mobile number.</summary>
    public static DomainError AddressInvalid { get; } = DomainError.Validation(
        "data_request.address.invalid", "address",
        "Give the e-mail address or the 010 mobile number you subscribed with.", "구독하신 이메일 주소나 010 휴대전화 번호를 입력하세요.");

    /// <summary>Neither an address nor a subscriber id was given (staff registration), or both.</summary>
    public static DomainError SubjectRequired { get; } = DomainError.Validation(
        "data_request.subject.required", "address",
        "Name the person by exactly one of their address or their subscriber id.", "주소 또는 구독자 ID 중 하나로 정보주체를 지정하세요.");

    /// <summary>Staff named a person the service does not hold.</summary>
    public static DomainError SubjectUnknown { get; } = DomainError.NotFound(
        "data_request.subject.unknown", "No subscriber is held with this address or id.", "이 주소나 ID의 구독자 정보가 없습니다.");

    /// <summary>The person's data is no longer held (destroyed or erased).</summary>
    public static DomainError SubjectGone { get; } = DomainError.Conflict(
        "data_request.subject_gone", "The person's data is no longer held (destroyed or erased).", "정보주체의 개인정보가 더 이상 보관되어 있지 않습니다(파기 또는 삭제).");

    /// <summary>The request was already answered.</summary>
    public static DomainError AlreadyAnswered { get; } = DomainError.Conflict(
        "data_request.answered", "The data request was already answered.", "이미 처리된 개인정보 요구입니다.");

    /// <summary>A correction request was completed without the corrected data.</summary>
    public static DomainError CorrectionRequired { get; } = DomainError.Validation(
        "data_request.correction.required", "correction", "A correction needs the corrected data.", "정정할 내용을 입력하세요.");

    /// <summary>The corrected address is another subscriber's.</summary>
    public static DomainError AddressInUse { get; } = DomainError.Conflict(
        "data_request.correction.address_in_use", "The corrected e-mail address or mobile number belongs to another subscriber.",
        "정정할 이메일 주소나 휴대전화 번호를 다른 구독자가 사용하고 있습니다.");

    /// <summary>A correction would leave the person with no address at all.</summary>
    public static DomainError NoAddressLeft { get; } = DomainError.Validation(
        "data_request.correction.no_address", "correction", "A subscriber keeps an e-mail address or a mobile number.", "이메일 주소나 휴대전화 번호 중 하나는 남아 있어야 합니다.");

    /// <summary>An attribute name or value breaks the rules.</summary>
    public static DomainError AttributeInvalid { get; } = DomainError.Validation(
        "data_request.correction.attribute_invalid", "attributes",
        $"Attribute names are 1–{AudienceLimits.AttributeNameMaxLength} lower-case letters, digits, '_' or '-'; values at most {AudienceLimits.AttributeValueMaxLength} characters; at most {AudienceLimits.MaxAttributes} attributes.",
        $"속성 이름은 소문자·숫자·'_'·'-' 1~{AudienceLimits.AttributeNameMaxLength}자, 값은 {AudienceLimits.AttributeValueMaxLength}자 이하, 속성은 {AudienceLimits.MaxAttributes}개 이하여야 합니다.");
}
