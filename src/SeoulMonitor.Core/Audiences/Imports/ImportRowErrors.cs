using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>The refusals of one import line (reported with its line number; the other lines load).</summary>
public static class ImportRowErrors
{
    /// <summary>The line has another number of cells than the header.</summary>
    public static DomainError ColumnCount(int found, int expected) => DomainError.Validation(
        "import.row.column_count", "row", $"The line has {found} cells; the header has {expected} (check quotes).",
        $"이 행의 칸은 {found}개이고 머리글은 {expected}개입니다. 따옴표를 확인하세요.");

    /// <summary>Neither an e-mail address nor a mobile number.</summary>
    public static DomainError AddressRequired { get; } = DomainError.Validation(
        "import.row.address_required", "email", "The line needs an e-mail address or a mobile number.", "이메일 주소나 휴대전화 번호가 있어야 합니다.");

    /// <summary>An earlier line of the file has the same address.</summary>
    public static DomainError Duplicate(string field, int firstLine) => DomainError.Validation(
        "import.row.duplicate", field, $"The same {(field == "email" ? "e-mail address" : "mobile number")} is on line {firstLine}; this line is skipped.",
        $"같은 {(field == "email" ? "이메일 주소" : "휴대전화 번호")}가 {firstLine}행에 있어 이 행은 건너뜁니다.");

    /// <summary>The e-mail address and the mobile number do not match one existing subscriber.</summary>
    public static DomainError AddressConflict { get; } = DomainError.Validation(
        "import.row.address_conflict", "mobile",
        "The e-mail address and the mobile number do not belong to the same subscriber (one of them is another subscriber's, or the subscriber has another one).",
        "이메일 주소와 휴대전화 번호가 같은 구독자의 것이 아닙니다(다른 구독자의 것이거나 구독자에게 다른 주소가 있음).");

    /// <summary>The night_sending cell is not yes/no, or yes on an e-mail line.</summary>
    public static DomainError NightSendingInvalid { get; } = DomainError.Validation(
        "import.night_sending.invalid", "night_sending",
        "night_sending must be yes or no, and yes only on an sms line.",
        "night_sending은 yes 또는 no여야 하며, yes는 sms 줄에만 쓸 수 있습니다.");

    /// <summary>The channel is not email or sms.</summary>
    public static DomainError ChannelUnknown { get; } = DomainError.Validation(
        "import.channel.unknown", "channel", "The channel must be email or sms.", "채널은 email 또는 sms여야 합니다.");

    /// <summary>The channel's address is missing.</summary>
    public static DomainError ChannelAddressMissing(string channel) => DomainError.Validation(
        "import.channel.address_missing", channel == "sms" ? "mobile" : "email",
        channel == "sms" ? "An sms consent needs a mobile number." : "An email consent needs an e-mail address.",
        channel == "sms" ? "문자(SMS) 수신 동의에는 휴대전화 번호가 필요합니다." : "이메일 수신 동의에는 이메일 주소가 필요합니다.");

    /// <summary>No list.</summary>
    public static DomainError ListsRequired { get; } = DomainError.Validation(
        "import.lists.required", "lists", "Name at least one list key (separate several with ';').", "목록 키를 하나 이상 입력하세요(여러 개는 ';'로 구분).");

    /// <summary>Too many lists.</summary>
    public static DomainError ListsTooMany { get; } = DomainError.Validation(
        "import.lists.too_many", "lists", $"A line may name at most {AudienceLimits.MaxListsPerRequest} lists.", $"한 행의 목록은 {AudienceLimits.MaxListsPerRequest}개 이하여야 합니다.");

    /// <summary>Unknown list.</summary>
    public static DomainError ListUnknown(string key) => DomainError.Validation(
        "import.lists.unknown", "lists", $"There is no list '{ImportErrors.Cut(key)}'.", $"'{ImportErrors.Cut(key)}' 목록이 없습니다.");

    /// <summary>Closed list.</summary>
    public static DomainError ListClosed(string key) => DomainError.Validation(
        "import.lists.closed", "lists", $"The list '{key}' is closed to new consents.", $"'{key}' 목록은 새 동의를 받지 않습니다.");

    /// <summary>The list has no consent notice to record the consent against.</summary>
    public static DomainError ListNoNotice(string key) => DomainError.Validation(
        "import.lists.no_notice", "lists", $"The list '{key}' has no published consent notice yet.", $"'{key}' 목록에 게시된 수신 동의 안내가 없습니다.");

    /// <summary>consented_at missing.</summary>
    public static DomainError ConsentedAtRequired { get; } = DomainError.Validation(
        "import.consented_at.required", "consented_at", "When the consent was given is required (ISO 8601).", "동의 일시(ISO 8601)를 입력하세요.");

    /// <summary>consented_at malformed.</summary>
    public static DomainError ConsentedAtInvalid { get; } = DomainError.Validation(
        "import.consented_at.invalid", "consented_at",
        "consented_at must be an ISO 8601 date or time (2025-03-01, 2025-03-01T09:30, 2025-03-01T00:30:00Z); without an offset it is Seoul time.",
        "동의 일시는 ISO 8601 형식(2025-03-01, 2025-03-01T09:30, 2025-03-01T00:30:00Z)이어야 합니다. 시간대가 없으면 서울 시각입니다.");

    /// <summary>consented_at in the future.</summary>
    public static DomainError ConsentedAtFuture { get; } = DomainError.Validation(
        "import.consented_at.future", "consented_at", "The consent date is in the future.", "동의 일시가 미래입니다.");

    /// <summary>A policy-customer consent older than its two-year renewal date.</summary>
    public static DomainError RenewalPassed(string key) => DomainError.Validation(
        "import.consented_at.renewal_passed", "consented_at",
        $"The consent to '{key}' is more than two years old: it needs a re-consent, not an import.",
        $"'{key}' 동의는 2년이 지나 재동의가 필요하므로 가져올 수 없습니다.");

    /// <summary>The person withdrew (or the consent ended) after the imported date.</summary>
    public static DomainError EndedLater(string key) => DomainError.Validation(
        "import.consent.ended_later", "consented_at",
        $"The consent to '{key}' was withdrawn or ended after this consent date: the older consent is not recorded again.",
        $"'{key}' 동의가 이 동의 일시 이후에 철회되었거나 끝났으므로 다시 등록하지 않습니다.");

    /// <summary>Evidence missing.</summary>
    public static DomainError EvidenceRequired { get; } = DomainError.Validation(
        "import.evidence.required", "evidence", "Evidence of the consent (form id, call record…) is required.", "동의 증빙(양식 번호, 통화 기록 등)을 입력하세요.");

    /// <summary>Evidence too long.</summary>
    public static DomainError EvidenceTooLong { get; } = DomainError.Validation(
        "import.evidence.too_long", "evidence", $"The evidence may have at most {ImportLimits.EvidenceMaxLength} characters.", $"증빙은 {ImportLimits.EvidenceMaxLength}자 이하여야 합니다.");

    /// <summary>Control characters.</summary>
    public static DomainError ControlCharacters(string field) => DomainError.Validation(
        $"import.{field}.invalid", field, $"The {field} cell contains control characters.", $"{field} 칸에 제어 문자가 있습니다.");

    /// <summary>A cell longer than its limit.</summary>
    public static DomainError CellTooLong(string field, int max) => DomainError.Validation(
        $"import.{field}.too_long", field, $"The {field} cell may have at most {max} characters.", $"{field} 칸은 {max}자 이하여야 합니다.");

    /// <summary>A trait value too long.</summary>
    public static DomainError TraitTooLong(string column) => DomainError.Validation(
        "import.trait.too_long", column, $"An attribute value may have at most {AudienceLimits.AttributeValueMaxLength} characters.",
        $"속성 값은 {AudienceLimits.AttributeValueMaxLength}자 이하여야 합니다.");

    /// <summary>A trait value with control characters.</summary>
    public static DomainError TraitInvalid(string column) => DomainError.Validation(
        "import.trait.invalid", column, "An attribute value may not contain control characters.", "속성 값에 제어 문자가 있습니다.");

    /// <summary>The subscriber would have too many attributes.</summary>
    public static DomainError TraitsTooMany { get; } = DomainError.Validation(
        "import.trait.too_many", "traits", $"A subscriber may have at most {AudienceLimits.MaxAttributes} attributes.", $"구독자 속성은 {AudienceLimits.MaxAttributes}개 이하여야 합니다.");
}
