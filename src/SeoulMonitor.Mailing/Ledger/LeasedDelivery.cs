namespace SeoulMonitor.Mailing.Ledger;

/// <summary>A ledger row claimed for sending under a lease.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row's position in the campaign's snapshot.</param>
/// <param name="RecipientId">The recipient's id.</param>
/// <param name="Address">The address.</param>
/// <param name="Domain">The address's domain, lower-case (the rate-limit key).</param>
/// <param name="Fields">The merge fields captured in the snapshot.</param>
/// <param name="ConsentId">The consent recorded in the snapshot.</param>
/// <param name="Attempts">Attempts so far.</param>
public sealed record LeasedDelivery(
    Guid CampaignId,
    long Sequence,
    string RecipientId,
    string Address,
    string Domain,
    IReadOnlyDictionary<string, string> Fields,
    string? ConsentId,
    int Attempts);
