using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>Where a campaign stands: counts per state, the current rate and an estimate of the time left.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="State">The campaign's state.</param>
/// <param name="Counts">Recipients per delivery state.</param>
/// <param name="RatePerSecond">Recipients reaching a final state per second (an exponentially weighted moving average), when known.</param>
/// <param name="EstimatedRemaining">The time left at the current rate, when known.</param>
/// <param name="At">When this was measured.</param>
public sealed record CampaignProgress(
    Guid CampaignId, CampaignState State, DeliveryCounts Counts, double? RatePerSecond, TimeSpan? EstimatedRemaining, DateTimeOffset At)
{
    /// <summary>The share of recipients in a final state, 0–1.</summary>
    public double Fraction => Counts.Total == 0 ? 1 : (double)Counts.Final / Counts.Total;
}
