using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>The refusals of bounce processing, each with a stable code and an English and a Korean message. A refusal writes nothing.</summary>
public static class BounceErrors
{
    /// <summary><c>bounce.message.malformed</c>: not a readable RFC 5322 message.</summary>
    public static MailingError MessageMalformed() => new(
        "bounce.message.malformed", "The bounce is not a readable e-mail message.", "반송 메일을 읽을 수 없습니다.");

    /// <summary><c>bounce.message.too_large</c>.</summary>
    public static MailingError MessageTooLarge(int maxBytes) => new(
        "bounce.message.too_large", $"The bounce message is larger than {maxBytes} bytes.", $"반송 메일이 {maxBytes}바이트보다 큽니다.");

    /// <summary><c>bounce.report.missing</c>: neither a delivery status notification nor a feedback report.</summary>
    public static MailingError ReportMissing() => new(
        "bounce.report.missing",
        "The message is not a delivery status notification (RFC 3464) or a feedback report (RFC 5965).",
        "메일이 배달 상태 통지(RFC 3464)나 피드백 보고서(RFC 5965)가 아닙니다.");

    /// <summary><c>bounce.report.no_recipients</c>: a report without usable per-recipient fields.</summary>
    public static MailingError ReportNoRecipients() => new(
        "bounce.report.no_recipients",
        "The report has no per-recipient fields with an Action and a Status (or no Feedback-Type).",
        "보고서에 Action과 Status가 있는 수신자별 항목(또는 Feedback-Type)이 없습니다.");

    /// <summary><c>bounce.token.missing</c>: no VERP token in the envelope recipient nor in the returned message.</summary>
    public static MailingError TokenMissing() => new(
        "bounce.token.missing", "The bounce carries no return-path token.", "반송 메일에 반송 주소 토큰이 없습니다.");

    /// <summary><c>bounce.token.malformed</c>.</summary>
    public static MailingError TokenMalformed() => new(
        "bounce.token.malformed", "The return-path token is malformed.", "반송 주소 토큰의 형식이 올바르지 않습니다.");

    /// <summary><c>bounce.token.forged</c>: a well-formed token whose signature does not match.</summary>
    public static MailingError TokenForged() => new(
        "bounce.token.forged", "The return-path token's signature is not valid.", "반송 주소 토큰의 서명이 올바르지 않습니다.");

    /// <summary><c>bounce.delivery.unknown</c>: a genuine token of a row the ledger no longer has.</summary>
    public static MailingError DeliveryUnknown() => new(
        "bounce.delivery.unknown", "The bounce names a delivery the ledger does not have.", "반송 메일이 가리키는 발송 기록이 없습니다.");

    /// <summary><c>bounce.not_configured</c>: VERP is not configured, so no bounce can be mapped.</summary>
    public static MailingError NotConfigured() => new(
        "bounce.not_configured", "Bounce processing is not configured (Mailing:Bounces).", "반송 처리가 설정되지 않았습니다(Mailing:Bounces).");
}
