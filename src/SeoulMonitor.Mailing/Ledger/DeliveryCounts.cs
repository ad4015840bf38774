namespace SeoulMonitor.Mailing.Ledger;

/// <summary>How many recipients of a campaign are in each state.</summary>
public sealed record DeliveryCounts(
    long Pending, long InFlight, long Deferred, long Sent, long Failed, long Suppressed, long Expired, long Cancelled)
{
    /// <summary>All recipients.</summary>
    public long Total => Pending + InFlight + Deferred + Sent + Failed + Suppressed + Expired + Cancelled;

    /// <summary>Recipients in a final state.</summary>
    public long Final => Sent + Failed + Suppressed + Expired + Cancelled;
}
