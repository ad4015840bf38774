namespace SeoulMonitor.Mailing.Bounces;

/// <summary>The ledger row a VERP token names.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row's position in the campaign's snapshot.</param>
public readonly record struct BounceReference(Guid CampaignId, long Sequence);
