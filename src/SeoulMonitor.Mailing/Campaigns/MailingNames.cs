using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>English and Korean names of the engine's states, for hosts and operators.</summary>
public static class MailingNames
{
    /// <summary>The names of a campaign state.</summary>
    public static BilingualName Of(CampaignState state) => state switch
    {
        CampaignState.Draft => new("Draft", "작성 중"),
        CampaignState.Scheduled => new("Scheduled", "예약됨"),
        CampaignState.Running => new("Running", "발송 중"),
        CampaignState.Paused => new("Paused", "일시 중지"),
        CampaignState.Cancelled => new("Cancelled", "취소됨"),
        CampaignState.Completed => new("Completed", "발송 완료"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The names of a recipient's delivery state.</summary>
    public static BilingualName Of(DeliveryState state) => state switch
    {
        DeliveryState.Pending => new("Pending", "대기"),
        DeliveryState.InFlight => new("In flight", "발송 처리 중"),
        DeliveryState.Deferred => new("Deferred", "재시도 대기"),
        DeliveryState.Sent => new("Sent", "발송됨"),
        DeliveryState.Failed => new("Failed", "실패"),
        DeliveryState.Suppressed => new("Suppressed", "발송 제외"),
        DeliveryState.Expired => new("Expired", "기한 만료"),
        DeliveryState.Cancelled => new("Cancelled", "취소됨"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The names of a campaign purpose.</summary>
    public static BilingualName Of(CampaignPurpose purpose) => purpose switch
    {
        CampaignPurpose.Informational => new("Informational", "정보성"),
        CampaignPurpose.Advertising => new("Advertising", "광고성"),
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    /// <summary>The names of a campaign priority.</summary>
    public static BilingualName Of(CampaignPriority priority) => priority switch
    {
        CampaignPriority.Urgent => new("Urgent", "긴급"),
        CampaignPriority.Normal => new("Normal", "일반"),
        CampaignPriority.Bulk => new("Bulk", "대량"),
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };

    /// <summary>The names of a campaign event.</summary>
    public static BilingualName Of(CampaignEvent campaignEvent) => campaignEvent switch
    {
        CampaignEvent.Schedule => new("Schedule", "예약"),
        CampaignEvent.Launch => new("Launch", "발송 시작"),
        CampaignEvent.Start => new("Start at scheduled time", "예약 시각 발송 시작"),
        CampaignEvent.Pause => new("Pause", "일시 중지"),
        CampaignEvent.Resume => new("Resume", "재개"),
        CampaignEvent.Cancel => new("Cancel", "취소"),
        CampaignEvent.Complete => new("Complete", "완료"),
        _ => throw new ArgumentOutOfRangeException(nameof(campaignEvent), campaignEvent, null),
    };
}
