namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Builds <see cref="DeliveryCounts"/> from counts indexed by the state's number.</summary>
internal static class LedgerCounts
{
    /// <summary>The number of slots a counts array needs (the largest state's value plus one).</summary>
    public const int Slots = (int)DeliveryState.Cancelled + 1;

    public static DeliveryCounts From(long[] byState) => new(
        byState[(int)DeliveryState.Pending],
        byState[(int)DeliveryState.InFlight],
        byState[(int)DeliveryState.Deferred],
        byState[(int)DeliveryState.Sent],
        byState[(int)DeliveryState.Failed],
        byState[(int)DeliveryState.Suppressed],
        byState[(int)DeliveryState.Expired],
        byState[(int)DeliveryState.Cancelled]);
}
