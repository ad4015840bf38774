using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>One campaign's row for an address, with the heaviest bounce event recorded against it (the soft-bounce streak reads these).</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row.</param>
/// <param name="State">The row's delivery state.</param>
/// <param name="WorstBounce">The heaviest <see cref="BounceKind"/> recorded for the row, or <see langword="null"/>.</param>
public sealed record AddressDelivery(Guid CampaignId, long Sequence, DeliveryState State, BounceKind? WorstBounce);
