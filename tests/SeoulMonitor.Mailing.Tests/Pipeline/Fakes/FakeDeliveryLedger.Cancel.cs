using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>Cancel across nodes, with the ledgers' semantics: rows under another owner's live lease are left alone.</summary>
internal sealed partial class FakeDeliveryLedger
{
    public int FinishCancelledCalls { get; private set; }

    public Task<long> FinishCancelledAsync(Guid? campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            FinishCancelledCalls++;
            long count = 0;
            foreach (var campaign in _campaigns.Values.Where(c => c.State == CampaignState.Cancelled && (campaignId is null || c.Definition.Id == campaignId)))
            {
                count += FinishUnleased(campaign.Definition.Id, DeliveryState.Cancelled, owner, reason, now);
            }

            return Task.FromResult(count);
        }
    }

    /// <summary>
    /// Finishes a campaign's rows in <paramref name="state"/> except those under another node's live lease (the rule of
    /// cancel and expiry); call under the gate.
    /// </summary>
    private long FinishUnleased(Guid campaignId, DeliveryState state, string? owner, string reason, DateTimeOffset now)
    {
        long count = 0;
        foreach (var row in _rows[campaignId].Where(r => !DeliveryStates.IsFinal(r.State)))
        {
            if (row.State == DeliveryState.InFlight && row.LeaseUntil >= now && (owner is null || row.Owner != owner))
            {
                continue;
            }

            row.State = state;
            row.Reply = reason;
            row.RetryAt = null;
            row.Owner = null;
            row.UpdatedAt = now;
            count++;
        }

        return count;
    }
}
