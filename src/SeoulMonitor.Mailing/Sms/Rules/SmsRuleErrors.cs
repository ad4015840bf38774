using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>The refusals of SMS campaigns, each with a stable code and an English and a Korean message.</summary>
public static class SmsRuleErrors
{
    /// <summary><c>sms.template.text_missing</c>.</summary>
    public static MailingError TextMissing() => new(
        "sms.template.text_missing", "An SMS campaign needs a text template.", "문자 캠페인에는 텍스트 템플릿이 필요합니다.");

    /// <summary><c>sms.template.html_unsupported</c>.</summary>
    public static MailingError HtmlUnsupported() => new(
        "sms.template.html_unsupported", "An SMS campaign has no HTML body.", "문자 캠페인에는 HTML 본문을 쓸 수 없습니다.");

    /// <summary><c>sms.template.subject_too_long</c>.</summary>
    public static MailingError SubjectTooLong() => new(
        "sms.template.subject_too_long",
        $"The LMS subject may have at most {SmsTemplateRules.SubjectMaxLength} characters.",
        $"장문(LMS) 제목은 {SmsTemplateRules.SubjectMaxLength}자 이하여야 합니다.");

    /// <summary><c>sms.advertising.label_missing</c>.</summary>
    public static MailingError LabelMissing() => new(
        "sms.advertising.label_missing",
        $"An advertising SMS must begin with \"{SmsAdvertising.Label}\" exactly (no variants such as [광고]).",
        $"광고성 문자는 \"{SmsAdvertising.Label}\"로 시작해야 합니다 ([광고] 등 변형 불가).");

    /// <summary><c>sms.advertising.opt_out_missing</c>.</summary>
    public static MailingError OptOutMissing() => new(
        "sms.advertising.opt_out_missing",
        $"An advertising SMS must contain \"{SmsAdvertising.OptOutWord}\" followed by a free 080 number (무료거부 080-123-4567).",
        $"광고성 문자에는 \"{SmsAdvertising.OptOutWord}\"와 080 수신거부 번호가 있어야 합니다 (무료거부 080-123-4567).");

    /// <summary><c>sms.transport.missing</c>.</summary>
    public static MailingError TransportMissing() => new(
        "sms.transport.missing",
        "No SMS gateway is configured (Mailing:Sms:Gateway:BaseUrl), so an SMS campaign cannot be launched.",
        "문자 게이트웨이가 설정되지 않아(Mailing:Sms:Gateway:BaseUrl) 문자 캠페인을 시작할 수 없습니다.");
}
