namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>Which campaigns go first when several run at once. Lower values overtake higher ones.</summary>
public enum CampaignPriority
{
    /// <summary>Urgent notices (a fire station's disaster-prevention message): overtake everything else.</summary>
    Urgent = 0,

    /// <summary>Announcements.</summary>
    Normal = 1,

    /// <summary>Regular newsletters.</summary>
    Bulk = 2,
}
