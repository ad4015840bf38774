using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>A withdrawal through the manage token: the named lists (all when none) on the channel (both when null).</summary>
public sealed record WithdrawRequest(string? Token, IReadOnlyList<string>? Lists, DeliveryChannel? Channel);
