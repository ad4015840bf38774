using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>A re-consent reminder for one policy-customer consent.</summary>
/// <param name="SubscriberId">The subscriber (the message is deleted with them).</param>
/// <param name="Channel">The consent's channel.</param>
/// <param name="To">The normalised address on that channel.</param>
/// <param name="ListNameKo">The list's Korean name.</param>
/// <param name="ListNameEn">The list's English name.</param>
/// <param name="DueAt">When the consent lapses without re-consent.</param>
/// <param name="Link">The re-consent link (carries a signed token expiring at <paramref name="DueAt"/>).</param>
public sealed record ReconsentReminder(
    long SubscriberId, DeliveryChannel Channel, string To, string ListNameKo, string ListNameEn, DateTimeOffset DueAt, Uri Link);
