namespace SeoulMonitor.Mailing.Bounces;

/// <summary>One entry of the ledger's suppression list.</summary>
/// <param name="AddressKey">The normalised address (keyset cursor).</param>
/// <param name="Reason">Why it was suppressed.</param>
/// <param name="CreatedAt">When.</param>
public sealed record SuppressionRecord(string AddressKey, string Reason, DateTimeOffset CreatedAt);
