using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>The refusals of subscribing and of the consent lifecycle (stable codes).</summary>
public static class SubscriptionErrors
{
    /// <summary>The request names no list.</summary>
    public static DomainError ListsRequired { get; } = DomainError.Validation(
        "subscription.lists.required", "lists", "Name at least one list (ticked or not).", "수신할 목록을 하나 이상 지정하세요(선택 여부와 관계없이).");

    /// <summary>Too many lists in one request.</summary>
    public static DomainError TooManyLists { get; } = DomainError.Validation(
        "subscription.lists.too_many", "lists", $"One request may name at most {AudienceLimits.MaxListsPerRequest} list choices.",
        $"한 번에 최대 {AudienceLimits.MaxListsPerRequest}개 목록까지 신청할 수 있습니다.");

    /// <summary>The same list and channel named twice.</summary>
    public static DomainError DuplicateChoice { get; } = DomainError.Validation(
        "subscription.lists.duplicate", "lists", "The same list and channel is named twice.", "같은 목록과 수신 방법이 두 번 지정되었습니다.");

    /// <summary>Night sending asked for on an e-mail choice (only SMS advertising is held at night).</summary>
    public static DomainError NightSendingSmsOnly { get; } = DomainError.Validation(
        "subscription.night_sending.sms_only", "nightSending",
        "Night sending (21:00–08:00) is a choice of SMS only; e-mail is not held at night.",
        "야간 수신(21:00–08:00) 동의는 문자(SMS)에만 해당합니다. 이메일은 야간 제한이 없습니다.");

    /// <summary>Neither an e-mail address nor a mobile number.</summary>
    public static DomainError AddressRequired { get; } = DomainError.Validation(
        "subscription.address.required", "email", "Give an e-mail address or a mobile number.", "이메일 주소나 휴대전화 번호를 입력하세요.");

    /// <summary>A channel chosen without its address.</summary>
    public static DomainError ChannelAddressMissing { get; } = DomainError.Validation(
        "subscription.channel.address_missing", "channel",
        "E-mail needs an e-mail address and SMS a mobile number.", "이메일 수신에는 이메일 주소가, 문자 수신에는 휴대전화 번호가 필요합니다.");

    /// <summary>The e-mail and the mobile number belong to two different subscribers.</summary>
    public static DomainError AddressConflict { get; } = DomainError.Conflict(
        "subscription.address.conflict", "The e-mail address and the mobile number are registered to different subscribers.",
        "이메일 주소와 휴대전화 번호가 서로 다른 구독자로 등록되어 있습니다.");

    /// <summary>No such list.</summary>
    public static DomainError ListUnknown(string key) => DomainError.Validation(
        "subscription.list.unknown", "lists", $"There is no list '{Cut(key)}'.", $"'{Cut(key)}' 목록이 없습니다.");

    /// <summary>The list takes no new subscriptions.</summary>
    public static DomainError ListClosed(string key) => DomainError.Rule(
        "subscription.list.closed", $"The list '{Cut(key)}' takes no new subscriptions.", $"'{Cut(key)}' 목록은 신규 구독을 받지 않습니다.");

    /// <summary>The notice shown is not the list's current version.</summary>
    public static DomainError NoticeNotCurrent(string key) => DomainError.Rule(
        "subscription.notice.not_current", $"The consent notice shown for '{Cut(key)}' is not its current version; read the current notice and consent again.",
        $"'{Cut(key)}' 목록의 안내가 현재 버전이 아닙니다. 현재 안내를 읽고 다시 동의하세요.");

    /// <summary>A malformed, forged or already used token.</summary>
    public static DomainError TokenInvalid { get; } = DomainError.Validation(
        "subscription.token.invalid", "token", "The link is not valid or was already used.", "유효하지 않거나 이미 사용한 링크입니다.");

    /// <summary>A genuine token past its time.</summary>
    public static DomainError TokenExpired { get; } = DomainError.Rule(
        "subscription.token.expired", "The link has expired; subscribe again to get a new one.", "링크의 유효 기간이 지났습니다. 다시 신청해 새 링크를 받으세요.");

    /// <summary>No such subscriber.</summary>
    public static DomainError SubscriberNotFound { get; } = DomainError.NotFound(
        "subscriber.not_found", "The subscriber was not found.", "구독자를 찾을 수 없습니다.");

    /// <summary>No such consent of the subscriber.</summary>
    public static DomainError ConsentNotFound { get; } = DomainError.NotFound(
        "consent.not_found", "The consent was not found.", "수신 동의를 찾을 수 없습니다.");

    /// <summary>The re-consent date has passed.</summary>
    public static DomainError ReconsentTooLate { get; } = DomainError.Rule(
        "subscription.reconsent.too_late", "The re-consent date has passed; the consent has lapsed. Subscribe again.",
        "재동의 기한이 지나 동의가 만료되었습니다. 다시 신청하세요.");

    /// <summary>An attribute name or value is malformed.</summary>
    public static DomainError AttributeInvalid(string name) => DomainError.Validation(
        "subscriber.attribute.invalid", "attributes",
        $"Attribute '{Cut(name)}': names are 1–{AudienceLimits.AttributeNameMaxLength} lower-case letters, digits, '_' or '-'; values at most {AudienceLimits.AttributeValueMaxLength} characters.",
        $"속성 '{Cut(name)}': 이름은 영문 소문자·숫자·'_'·'-' 1~{AudienceLimits.AttributeNameMaxLength}자, 값은 {AudienceLimits.AttributeValueMaxLength}자 이하여야 합니다.");

    /// <summary>Too many attributes.</summary>
    public static DomainError TooManyAttributes { get; } = DomainError.Validation(
        "subscriber.attribute.too_many", "attributes", $"At most {AudienceLimits.MaxAttributes} attributes.", $"속성은 최대 {AudienceLimits.MaxAttributes}개입니다.");

    internal static string Cut(string? value) => value is null ? "" : value.Length <= 60 ? value : value[..60] + "…";
}
