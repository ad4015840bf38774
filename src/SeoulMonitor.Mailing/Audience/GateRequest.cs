using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Audience;

/// <summary>What the engine asks the send-time gate right before one send.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Channel">The channel.</param>
/// <param name="RecipientId">The recipient's id in the audience source.</param>
/// <param name="Address">The address about to be used.</param>
/// <param name="ConsentId">The consent recorded in the snapshot, if any.</param>
public readonly record struct GateRequest(Guid CampaignId, DeliveryChannel Channel, string RecipientId, string Address, string? ConsentId);
