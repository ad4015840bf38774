using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Audience;

/// <summary>A genuine one-click unsubscription, resolved to the delivery it came from.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="RecipientId">The recipient's id in the audience source.</param>
/// <param name="Address">The address the campaign used.</param>
/// <param name="Channel">The campaign's channel.</param>
/// <param name="ConsentId">The consent the delivery was sent under, if the source gave one.</param>
public sealed record UnsubscribeRequest(Guid CampaignId, string RecipientId, string Address, DeliveryChannel Channel, string? ConsentId);
