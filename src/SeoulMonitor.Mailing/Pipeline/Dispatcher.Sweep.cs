using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The sweep of cancelled campaigns, on every node: rows that were in flight under another node's lease when the
/// campaign was cancelled are left to that node; if it dies, their lease expires and the first sweep after that
/// finishes them. At most once per <see cref="PipelineOptions.PollInterval"/>, one statement for all campaigns.
/// </summary>
internal sealed partial class Dispatcher
{
    private const string SweptReason = "The campaign was cancelled. (캠페인이 취소되었습니다.)";
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    private async Task SweepCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + options.PollInterval;
        try
        {
            // This node's own live leases are not swept: its workers may be sending those rows right now.
            var finished = await ledger.FinishCancelledAsync(null, null, SweptReason, now, cancellationToken).ConfigureAwait(false);
            if (finished > 0)
            {
                logger.CancelledRowsSwept(options.NodeId, finished);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed sweep must not stop the claims; the next one tries again.
            logger.CancelledSweepFailed(exception, options.PollInterval);
        }
    }
}
