using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>Core's view of one address on one channel: its entry, if suppressed, and its lifts (newest first).</summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Address">The normalised address.</param>
/// <param name="AddressHash">SHA-256 (hex) of the normalised address.</param>
/// <param name="Entry">The entry, or null when the address is not suppressed in Core.</param>
/// <param name="Lifts">Its lifts, newest first, at most <see cref="SuppressionLimits.LookupLifts"/>.</param>
public sealed record SuppressionAddressView(
    DeliveryChannel Channel, string Address, string AddressHash, SuppressionView? Entry, IReadOnlyList<SuppressionLiftView> Lifts);
