using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>The soft-bounce streak.</summary>
public sealed partial class BounceProcessor
{
    /// <summary>How many of the address's campaigns are looked at, newest first, for a streak.</summary>
    public const int StreakLookback = 100;

    /// <summary>
    /// Soft bounces in a row for <paramref name="address"/>, ending at <paramref name="campaignId"/>'s row: the address's
    /// rows are walked from that campaign to older ones (by campaign creation time); a row with a soft, hard or complaint
    /// event counts one; a <see cref="DeliveryState.Sent"/> row with no event (or only a delay warning) is a success and
    /// ends the streak; rows never sent (failed at once, suppressed, expired, cancelled) are skipped. So soft, soft,
    /// soft is 3, and soft, success, soft is 1.
    /// </summary>
    internal async Task<int> SoftStreakAsync(DeliveryChannel channel, string address, Guid campaignId, CancellationToken cancellationToken)
    {
        var rows = await _ledger.ListAddressDeliveriesAsync(channel, address, campaignId, StreakLookback, cancellationToken).ConfigureAwait(false);
        var streak = 0;
        foreach (var row in rows)
        {
            if (row.CampaignId == campaignId || row.WorstBounce is BounceKind.Soft or BounceKind.Hard or BounceKind.Complaint)
            {
                streak++;
            }
            else if (row.State == DeliveryState.Sent)
            {
                break;
            }
        }

        return streak;
    }
}
