using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>An address suppressed because of a bounce or a complaint.</summary>
/// <param name="Channel">The channel (e-mail).</param>
/// <param name="Address">The address.</param>
/// <param name="Kind">What caused it: <see cref="BounceKind.Hard"/>, <see cref="BounceKind.Complaint"/>, or <see cref="BounceKind.Soft"/> at the threshold.</param>
/// <param name="Reason">The reason recorded in the ledger's suppression list.</param>
/// <param name="CampaignId">The campaign whose message bounced.</param>
/// <param name="Sequence">The row.</param>
public sealed record BounceSuppression(DeliveryChannel Channel, string Address, BounceKind Kind, string Reason, Guid CampaignId, long Sequence);
