namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// Counts the rows this node claimed and whose outcome is not yet written to the ledger, per campaign, and lets a
/// pause or cancel wait until a campaign has none left.
/// </summary>
internal sealed class InFlightTracker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, long> _counts = [];
    private readonly Dictionary<Guid, TaskCompletionSource> _waiters = [];

    public void Add(Guid campaignId, int count)
    {
        lock (_gate)
        {
            _counts[campaignId] = _counts.GetValueOrDefault(campaignId) + count;
        }
    }

    public void Done(Guid campaignId, int count)
    {
        lock (_gate)
        {
            var left = _counts.GetValueOrDefault(campaignId) - count;
            if (left > 0)
            {
                _counts[campaignId] = left;
                return;
            }

            _counts.Remove(campaignId);
            if (_waiters.Remove(campaignId, out var waiter))
            {
                waiter.TrySetResult();
            }
        }
    }

    public long Outstanding(Guid campaignId)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(campaignId);
        }
    }

    public Task WhenDrainedAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_counts.ContainsKey(campaignId))
            {
                return Task.CompletedTask;
            }

            if (!_waiters.TryGetValue(campaignId, out var waiter))
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters[campaignId] = waiter;
            }

            return waiter.Task.WaitAsync(cancellationToken);
        }
    }
}
