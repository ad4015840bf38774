using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The refusals of the Monitors feature that are not tied to one input field.</summary>
public static class MonitorErrors
{
    /// <summary>No such application (or a wrong access token: existence is not revealed).</summary>
    public static DomainError ApplicationNotFound { get; } = DomainError.NotFound(
        "application.not_found", "The application was not found.", "신청을 찾을 수 없습니다.");

    /// <summary>No such membership.</summary>
    public static DomainError MembershipNotFound { get; } = DomainError.NotFound(
        "membership.not_found", "The membership was not found.", "회원 자격을 찾을 수 없습니다.");

    /// <summary>The same person already has an open application or a membership.</summary>
    public static DomainError Duplicate { get; } = DomainError.Conflict(
        "application.duplicate",
        "This person (same mobile number, e-mail, or name and birth date) already has an open application or a membership.",
        "동일인(휴대전화 번호, 이메일 또는 이름과 생년월일이 같음)의 진행 중인 신청 또는 회원 자격이 이미 있습니다.");

    /// <summary>A contact change would take another person's mobile number or e-mail.</summary>
    public static DomainError ContactInUse { get; } = DomainError.Conflict(
        "membership.contact_in_use", "The mobile number or e-mail is already used by another applicant or monitor.",
        "휴대전화 번호 또는 이메일을 다른 신청자나 모니터가 이미 사용하고 있습니다.");

    /// <summary>Consent was not ticked.</summary>
    public static DomainError ConsentRequired { get; } = DomainError.Validation(
        "application.consent.required", "consent_given",
        "The application needs consent to the collection and use of personal data.", "개인정보 수집·이용에 동의해야 신청할 수 있습니다.");

    /// <summary>The consent notice id is not a published version.</summary>
    public static DomainError ConsentNoticeUnknown { get; } = DomainError.Validation(
        "application.consent_notice.unknown", "consent_notice_id",
        "The consent notice is not a published version.", "게시된 개인정보 수집·이용 안내가 아닙니다.");

    /// <summary>The consent notice was replaced by a newer version.</summary>
    public static DomainError ConsentNoticeSuperseded { get; } = DomainError.Rule(
        "application.consent_notice.superseded",
        "The consent notice was replaced by a newer version; read the current notice and consent again.",
        "개인정보 수집·이용 안내가 새 버전으로 바뀌었습니다. 현재 안내를 읽고 다시 동의하세요.");

    /// <summary>No consent notice has been published yet.</summary>
    public static DomainError NoConsentNotice { get; } = DomainError.NotFound(
        "consent_notice.none", "No consent notice has been published yet.", "게시된 개인정보 수집·이용 안내가 없습니다.");

    /// <summary>The version label is already used.</summary>
    public static DomainError ConsentVersionTaken { get; } = DomainError.Conflict(
        "consent_notice.version.duplicate", "A consent notice with this version already exists.", "같은 버전의 안내가 이미 있습니다.");

    /// <summary>The membership was withdrawn or removed: its data can no longer change.</summary>
    public static DomainError MembershipClosed { get; } = DomainError.Conflict(
        "membership.closed", "The membership was withdrawn or removed.", "탈퇴했거나 해촉된 회원입니다.");

    /// <summary>The term has not ended yet.</summary>
    public static DomainError TermNotEnded { get; } = DomainError.Rule(
        "membership.term_not_ended", "The membership's term has not ended yet.", "회원 임기가 아직 끝나지 않았습니다.");

    /// <summary>Another change to the same record won.</summary>
    public static DomainError ConcurrentUpdate(string entity) => DomainError.Conflict(
        $"{entity}.concurrent_update", "The record was changed at the same time; read it again and retry.", "같은 기록이 동시에 변경되었습니다. 다시 조회한 뒤 시도하세요.");

    /// <summary>An active membership may be renewed only in the last days of its term.</summary>
    public static DomainError RenewalNotOpen(DateOnly opensOn) => DomainError.Rule(
        "membership.renewal_not_open",
        $"An active membership can be renewed from {opensOn:yyyy-MM-dd} ({MonitorLimits.RenewalWindowDays} days before its term ends).",
        $"활동 중인 회원은 {opensOn:yyyy-MM-dd}부터(임기 종료 {MonitorLimits.RenewalWindowDays}일 전) 재위촉할 수 있습니다.");
}
