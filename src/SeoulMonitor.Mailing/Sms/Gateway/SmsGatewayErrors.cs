using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The refusals of the SMS gateway path and its delivery-report webhook: stable codes, English and Korean.</summary>
public static class SmsGatewayErrors
{
    /// <summary><c>sms.gateway.not_configured</c>: no gateway (or no webhook secret) is configured.</summary>
    public static MailingError NotConfigured() => new(
        "sms.gateway.not_configured", "No SMS gateway is configured (Mailing:Sms:Gateway).", "문자 발송 게이트웨이가 설정되어 있지 않습니다.");

    /// <summary><c>sms.template.text_missing</c>: an SMS campaign needs a text template.</summary>
    public static MailingError TextTemplateMissing() => new(
        "sms.template.text_missing", "An SMS campaign needs a text template.", "문자 캠페인에는 문자 내용 서식이 필요합니다.");

    /// <summary><c>sms.text.render_failed</c>: the recipient's text could not be rendered.</summary>
    public static MailingError RenderFailed(string reason) => new(
        "sms.text.render_failed", $"The text could not be rendered: {reason}", $"문자 내용을 만들 수 없습니다: {reason}");

    /// <summary><c>sms.subject.too_long</c>: an LMS subject longer than the gateway takes (never truncated).</summary>
    public static MailingError SubjectTooLong(int length) => new(
        "sms.subject.too_long",
        string.Create(CultureInfo.InvariantCulture, $"The LMS subject has {length} characters; at most {SmsGatewayLimits.MaxSubjectLength} are allowed."),
        string.Create(CultureInfo.InvariantCulture, $"장문 제목이 {length}자입니다. 최대 {SmsGatewayLimits.MaxSubjectLength}자까지 가능합니다."));

    /// <summary><c>sms.webhook.signature_missing</c>.</summary>
    public static MailingError SignatureMissing() => new(
        "sms.webhook.signature_missing", "The delivery report has no signature or timestamp header.", "전송 결과 보고에 서명 또는 시각 헤더가 없습니다.");

    /// <summary><c>sms.webhook.signature_invalid</c>.</summary>
    public static MailingError SignatureInvalid() => new(
        "sms.webhook.signature_invalid", "The delivery report's signature does not match.", "전송 결과 보고의 서명이 일치하지 않습니다.");

    /// <summary><c>sms.webhook.timestamp_invalid</c>.</summary>
    public static MailingError TimestampInvalid() => new(
        "sms.webhook.timestamp_invalid", "The delivery report's timestamp is not a number of Unix seconds.", "전송 결과 보고의 시각 형식이 올바르지 않습니다.");

    /// <summary><c>sms.webhook.timestamp_stale</c>: older (or further ahead) than the tolerance.</summary>
    public static MailingError TimestampStale() => new(
        "sms.webhook.timestamp_stale", "The delivery report's timestamp is outside the accepted window (5 minutes).", "전송 결과 보고의 시각이 허용 범위(5분)를 벗어났습니다.");

    /// <summary><c>sms.webhook.body_too_large</c>.</summary>
    public static MailingError BodyTooLarge() => new(
        "sms.webhook.body_too_large",
        string.Create(CultureInfo.InvariantCulture, $"The delivery report is larger than {SmsGatewayLimits.MaxReportBytes} bytes."),
        string.Create(CultureInfo.InvariantCulture, $"전송 결과 보고가 {SmsGatewayLimits.MaxReportBytes}바이트를 넘습니다."));

    /// <summary><c>sms.webhook.media_type_unsupported</c>: the report is not <c>application/json</c>.</summary>
    public static MailingError MediaTypeUnsupported() => new(
        "sms.webhook.media_type_unsupported", "The delivery report must be JSON (Content-Type: application/json).",
        "전송 결과 보고는 JSON(Content-Type: application/json)이어야 합니다.");

    /// <summary><c>sms.webhook.malformed</c>: not JSON, or a field missing or out of range.</summary>
    public static MailingError Malformed(string reason) => new(
        "sms.webhook.malformed", $"The delivery report is malformed: {reason}", $"전송 결과 보고 형식이 올바르지 않습니다: {reason}");

    /// <summary><c>sms.report.not_found</c>: no accepted text has that message id.</summary>
    public static MailingError UnknownMessage() => new(
        "sms.report.not_found", "No text sent by this system has that message id.", "해당 메시지 ID로 보낸 문자가 없습니다.");
}
