namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>The lifecycle of a campaign.</summary>
public enum CampaignState
{
    /// <summary>Created; its audience snapshot may still be loading.</summary>
    Draft,

    /// <summary>Will start by itself at its scheduled time.</summary>
    Scheduled,

    /// <summary>Sending.</summary>
    Running,

    /// <summary>Stopped by an operator; nothing is sent until resumed.</summary>
    Paused,

    /// <summary>Stopped for good; undelivered recipients are marked cancelled.</summary>
    Cancelled,

    /// <summary>Every recipient reached a final state.</summary>
    Completed,
}
