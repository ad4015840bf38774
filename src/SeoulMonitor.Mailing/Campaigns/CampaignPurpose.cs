namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// Whether a campaign's message is advertising (정보통신망법 Art. 50: commercial-purpose information) or an
/// informational notice. Advertising SMS must carry the "(광고)" label and a free opt-out number and are held at night
/// (21:00–08:00 Seoul) unless the person consented to night sending; informational messages are not.
/// </summary>
public enum CampaignPurpose
{
    /// <summary>A notice or public information (정보성): not held at night.</summary>
    Informational = 0,

    /// <summary>Advertising (광고성): labelled, with a free opt-out, held at night without night consent.</summary>
    Advertising = 1,
}
