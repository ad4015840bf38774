using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>A claimed row on its way to a worker.</summary>
/// <param name="Delivery">The row.</param>
/// <param name="Campaign">Its campaign.</param>
/// <param name="LeaseUntil">When the lease ends (a worker does not send a row whose lease is about to end).</param>
internal readonly record struct WorkItem(LeasedDelivery Delivery, CampaignDefinition Campaign, DateTimeOffset LeaseUntil);
