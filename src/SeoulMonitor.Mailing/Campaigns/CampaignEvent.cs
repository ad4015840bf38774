namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>What can happen to a campaign; <see cref="CampaignTransitions"/> says from which states.</summary>
public enum CampaignEvent
{
    /// <summary>An operator schedules a draft for its send time.</summary>
    Schedule,

    /// <summary>An operator starts a draft or a scheduled campaign now.</summary>
    Launch,

    /// <summary>The engine starts a scheduled campaign at its send time.</summary>
    Start,

    /// <summary>An operator pauses a running campaign.</summary>
    Pause,

    /// <summary>An operator resumes a paused campaign.</summary>
    Resume,

    /// <summary>An operator cancels a campaign for good.</summary>
    Cancel,

    /// <summary>The engine finds every recipient in a final state.</summary>
    Complete,
}
