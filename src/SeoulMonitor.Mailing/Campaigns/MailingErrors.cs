namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>The refusals of campaign operations, each with a stable code and an English and a Korean message.</summary>
public static class MailingErrors
{
    /// <summary>The longest campaign name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>The longest subject template.</summary>
    public const int SubjectMaxLength = 500;

    /// <summary><c>campaign.name.invalid</c>.</summary>
    public static MailingError NameInvalid() => new(
        "campaign.name.invalid",
        $"The campaign name must be 1–{NameMaxLength} characters.",
        $"캠페인 이름은 1–{NameMaxLength}자여야 합니다.");

    /// <summary><c>campaign.subject.invalid</c>.</summary>
    public static MailingError SubjectInvalid() => new(
        "campaign.subject.invalid",
        $"The subject must be 1–{SubjectMaxLength} characters.",
        $"제목은 1–{SubjectMaxLength}자여야 합니다.");

    /// <summary><c>campaign.audience.invalid</c>.</summary>
    public static MailingError AudienceInvalid() => new(
        "campaign.audience.invalid", "The audience key is required.", "수신 대상 키가 필요합니다.");

    /// <summary><c>campaign.send_by.past</c>.</summary>
    public static MailingError SendByPast() => new(
        "campaign.send_by.past", "The send-by deadline must be in the future.", "발송 기한은 현재 이후여야 합니다.");

    /// <summary><c>campaign.send_by.before_send_at</c>.</summary>
    public static MailingError SendByBeforeSendAt() => new(
        "campaign.send_by.before_send_at",
        "The send-by deadline must be after the scheduled send time.",
        "발송 기한은 예약 발송 시각 이후여야 합니다.");

    /// <summary><c>campaign.send_at.missing</c>.</summary>
    public static MailingError SendAtMissing() => new(
        "campaign.send_at.missing", "Only a campaign with a send time can be scheduled.", "발송 시각이 있는 캠페인만 예약할 수 있습니다.");

    /// <summary><c>campaign.deadline_passed</c>.</summary>
    public static MailingError DeadlinePassed() => new(
        "campaign.deadline_passed", "The campaign's send-by deadline has passed.", "캠페인의 발송 기한이 지났습니다.");

    /// <summary><c>campaign.sender.invalid</c>.</summary>
    public static MailingError SenderInvalid() => new(
        "campaign.sender.invalid", "The sender address is not a valid e-mail address.", "발신자 주소가 올바른 이메일 주소가 아닙니다.");

    /// <summary><c>campaign.template.body_missing</c>.</summary>
    public static MailingError TemplateBodyMissing() => new(
        "campaign.template.body_missing", "The template needs an HTML or a text body.", "템플릿에 HTML 또는 텍스트 본문이 필요합니다.");

    /// <summary><c>campaign.template.invalid</c>.</summary>
    public static MailingError TemplateInvalid(string detail) => new(
        "campaign.template.invalid", $"The template does not compile: {detail}", $"템플릿을 컴파일할 수 없습니다: {detail}");

    /// <summary><c>campaign.preview.failed</c>: this recipient's message cannot be built (bad data for a template filter, bad address).</summary>
    public static MailingError PreviewFailed(string detail) => new(
        "campaign.preview.failed", $"The message cannot be built for this recipient: {detail}", $"이 수신자의 메시지를 만들 수 없습니다: {detail}");

    /// <summary><c>campaign.already_exists</c>.</summary>
    public static MailingError AlreadyExists() => new(
        "campaign.already_exists", "A campaign with this id already exists.", "같은 ID의 캠페인이 이미 있습니다.");

    /// <summary><c>campaign.not_found</c>.</summary>
    public static MailingError NotFound() => new(
        "campaign.not_found", "The campaign does not exist.", "캠페인이 없습니다.");

    /// <summary><c>delivery.not_found</c>.</summary>
    public static MailingError DeliveryNotFound() => new(
        "delivery.not_found", "The campaign has no such recipient.", "캠페인에 해당 수신자가 없습니다.");

    /// <summary><c>campaign.invalid_transition</c>.</summary>
    public static MailingError InvalidTransition(CampaignState state, CampaignEvent campaignEvent)
    {
        var (stateEn, stateKo) = MailingNames.Of(state);
        var (eventEn, eventKo) = MailingNames.Of(campaignEvent);
        return new(
            "campaign.invalid_transition",
            $"A campaign that is {stateEn} cannot {eventEn}.",
            $"'{stateKo}' 상태의 캠페인은 '{eventKo}'할 수 없습니다.");
    }

    /// <summary><c>campaign.concurrent_change</c>: another operator or node changed the campaign first.</summary>
    public static MailingError ConcurrentChange() => new(
        "campaign.concurrent_change",
        "The campaign was changed at the same time by someone else; reload it and try again.",
        "다른 사용자가 동시에 캠페인을 변경했습니다. 다시 불러온 뒤 시도하세요.");
}
