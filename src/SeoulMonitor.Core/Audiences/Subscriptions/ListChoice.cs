using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// One list and channel on the subscribe form, the notice version the person was shown, and whether they ticked it
/// (an unticked choice is recorded nowhere: there is no consent to keep).
/// </summary>
public sealed record ListChoice(string? List, DeliveryChannel Channel, Guid NoticeId, bool Agreed = true);
