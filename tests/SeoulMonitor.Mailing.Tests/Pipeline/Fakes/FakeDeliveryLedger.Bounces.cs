using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>The bounce methods: rows by sequence and an event list; the views bounce processing needs are tested on the real ledgers.</summary>
internal sealed partial class FakeDeliveryLedger
{
    private readonly List<BounceRecord> _bounces = [];

    public Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(campaignId, out var rows) ? rows.FirstOrDefault(r => r.Sequence == sequence)?.ToRecord() : null);
        }
    }

    public Task<bool> RecordBounceAsync(BounceEvent bounce, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_bounces.Any(b => b.Event.ReportId == bounce.ReportId && b.Event.CampaignId == bounce.CampaignId && b.Event.Sequence == bounce.Sequence))
            {
                return Task.FromResult(false);
            }

            _bounces.Add(new BounceRecord(_bounces.Count + 1, bounce));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<BounceRecord>> ListBouncesAsync(Guid campaignId, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<BounceRecord> list = [.. _bounces.Where(b => b.Event.CampaignId == campaignId && b.Id > afterId).Take(limit)];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<AddressDelivery>> ListAddressDeliveriesAsync(
        DeliveryChannel channel, string address, Guid campaignId, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Tested on the real ledgers.");

    public Task<IReadOnlyList<SuppressionRecord>> ListSuppressionsAsync(
        DeliveryChannel channel, string? afterAddressKey, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Tested on the real ledgers.");
}
