namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// The campaign state machine: Draft → Scheduled | Running; Scheduled → Running | Cancelled; Running ⇄ Paused;
/// Running | Paused → Cancelled; Running → Completed.
/// </summary>
public static class CampaignTransitions
{
    /// <summary>The state <paramref name="campaignEvent"/> leads to from <paramref name="state"/>, or <see langword="null"/> when it is not allowed.</summary>
    public static CampaignState? Fire(CampaignState state, CampaignEvent campaignEvent) => (state, campaignEvent) switch
    {
        (CampaignState.Draft, CampaignEvent.Schedule) => CampaignState.Scheduled,
        (CampaignState.Draft, CampaignEvent.Launch) => CampaignState.Running,
        (CampaignState.Scheduled, CampaignEvent.Launch) => CampaignState.Running,
        (CampaignState.Scheduled, CampaignEvent.Start) => CampaignState.Running,
        (CampaignState.Scheduled, CampaignEvent.Cancel) => CampaignState.Cancelled,
        (CampaignState.Running, CampaignEvent.Pause) => CampaignState.Paused,
        (CampaignState.Running, CampaignEvent.Cancel) => CampaignState.Cancelled,
        (CampaignState.Running, CampaignEvent.Complete) => CampaignState.Completed,
        (CampaignState.Paused, CampaignEvent.Resume) => CampaignState.Running,
        (CampaignState.Paused, CampaignEvent.Cancel) => CampaignState.Cancelled,
        _ => null,
    };

    /// <summary>Whether a campaign in <paramref name="state"/> will never change again.</summary>
    public static bool IsFinal(CampaignState state) => state is CampaignState.Cancelled or CampaignState.Completed;
}
