using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>What a subscribe request did to one consent: <c>Pending</c> (awaiting confirmation) or <c>Active</c> (already confirmed, unchanged).</summary>
public sealed record ConsentOutcome(string List, DeliveryChannel Channel, long ConsentId, ConsentState State);
