using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// A send-time gate that holds its first call until <paramref name="release"/> is true (bounded by
/// <paramref name="timeout"/>), then allows: a worker that passed its first checks and now waits, while another node
/// pauses the campaign or takes over the row.
/// </summary>
internal sealed class MultiNodeHoldingGate(Func<bool> release, TimeSpan timeout) : ISendTimeGate
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    /// <summary>Completes when the first call arrived.</summary>
    public Task Reached => _reached.Task;

    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            _reached.TrySetResult();
            SpinWait.SpinUntil(release, timeout);
        }

        return new(GateDecision.Allow);
    }
}
