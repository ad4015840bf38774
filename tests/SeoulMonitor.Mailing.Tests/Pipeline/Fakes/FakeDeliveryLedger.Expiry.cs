using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>
/// Expiry across nodes with the ledgers' semantics (rows under another owner's live lease are left alone), and a
/// scriptable <see cref="InitializeAsync"/> for the engine's start.
/// </summary>
internal sealed partial class FakeDeliveryLedger
{
    private int _initializeCalls;

    /// <summary>How many calls of <see cref="InitializeAsync"/> throw <see cref="TimeoutException"/> (a database not reachable yet).</summary>
    public int UnreachableInitializations { get; set; }

    /// <summary>When set, <see cref="InitializeAsync"/> waits for it (a slow database) before it succeeds.</summary>
    public Task? InitializeGate { get; set; }

    public int InitializeCalls => Volatile.Read(ref _initializeCalls);

    /// <summary>Whether a call of <see cref="InitializeAsync"/> has succeeded.</summary>
    public bool Initialized { get; private set; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _initializeCalls) <= UnreachableInitializations)
        {
            throw new TimeoutException("The database did not answer.");
        }

        if (InitializeGate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        Initialized = true;
    }

    public Task<long> FinishExpiredAsync(Guid campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (owner is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        }

        lock (_gate)
        {
            if (!_campaigns.TryGetValue(campaignId, out var campaign) || campaign.State != CampaignState.Running || campaign.Definition.SendBy > now)
            {
                return Task.FromResult(0L);
            }

            return Task.FromResult(FinishUnleased(campaignId, DeliveryState.Expired, owner, reason, now));
        }
    }
}
