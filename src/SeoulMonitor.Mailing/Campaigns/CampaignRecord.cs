namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>A campaign as the ledger stores it.</summary>
/// <param name="Definition">What was asked.</param>
/// <param name="State">Where the campaign is in its lifecycle.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When its state last changed.</param>
/// <param name="RecipientCount">How many recipients its snapshot holds.</param>
public sealed record CampaignRecord(
    CampaignDefinition Definition, CampaignState State, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long RecipientCount);
