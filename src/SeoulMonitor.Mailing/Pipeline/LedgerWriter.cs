using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The one reader of the results channel: gathers outcomes until it holds <see cref="PipelineOptions.FlushBatchSize"/>
/// or <see cref="PipelineOptions.FlushInterval"/> passed since the first, writes them in one
/// <see cref="IDeliveryLedger.CompleteAsync"/>, adds 5xx addresses to the suppression list, then checkpoints the
/// journal. A failed write is retried (never dropped: a journaled answer must reach the ledger before its row could be
/// claimed again).
/// </summary>
internal sealed class LedgerWriter(
    ChannelReader<PipelineResult> results,
    BatchSignal posted,
    IDeliveryLedger ledger,
    SendJournal journal,
    InFlightTracker tracker,
    MailingMetrics metrics,
    PipelineOptions options,
    EngineLifetime lifetime,
    TimeProvider time,
    ILogger logger)
{
    private readonly List<PipelineResult> _batch = new(options.FlushBatchSize);
    private readonly List<DeliveryOutcome> _outcomes = new(options.FlushBatchSize);

    /// <summary>Releases written so far (rows given back unsent).</summary>
    public long Released { get; private set; }

    /// <summary>Runs until the results channel is completed and drained (or the engine is abandoned).</summary>
    public async Task RunAsync()
    {
        while (await results.WaitToReadAsync(lifetime.Abandoned).ConfigureAwait(false))
        {
            Drain();
            if (_batch.Count < options.FlushBatchSize)
            {
                await GatherAsync().ConfigureAwait(false);
            }

            await FlushAsync().ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        while (_batch.Count < options.FlushBatchSize && results.TryRead(out var result))
        {
            _batch.Add(result);
        }
    }

    private async Task GatherAsync()
    {
        // Wake when the batch is full, the interval has passed or the channel completes; never once per result.
        using var window = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Abandoned);
        var interval = Task.Delay(options.FlushInterval, time, window.Token);
        try
        {
            while (_batch.Count < options.FlushBatchSize && !interval.IsCompleted)
            {
                var full = posted.Arm(options.FlushBatchSize - _batch.Count - results.Count);
                Drain();
                if (_batch.Count >= options.FlushBatchSize)
                {
                    break;
                }

                var woke = await Task.WhenAny(full, interval, results.Completion).ConfigureAwait(false);
                Drain();
                if (woke != full)
                {
                    break;
                }
            }
        }
        finally
        {
            posted.Disarm();
            await window.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushAsync()
    {
        if (_batch.Count == 0 || lifetime.IsAbandoned)
        {
            return;
        }

        using var activity = MailingTelemetry.ActivitySource.StartActivity("mailing.ledger.flush");
        activity?.SetTag("mailing.outcomes", _batch.Count);
        _outcomes.Clear();
        foreach (var result in _batch)
        {
            // Stamped with this node: a release or deferral of a row whose lease passed to another node is not applied.
            _outcomes.Add(result.Outcome with { LeaseOwner = options.NodeId });
        }

        var started = time.GetTimestamp();
        await WriteAsync().ConfigureAwait(false);
        if (lifetime.IsAbandoned)
        {
            return;
        }

        await SuppressAsync().ConfigureAwait(false);
        Account(time.GetElapsedTime(started));
        _batch.Clear();
        journal.Checkpoint();
    }

    private async Task WriteAsync()
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!lifetime.IsAbandoned)
        {
            try
            {
                await ledger.CompleteAsync(_outcomes, time.GetUtcNow(), lifetime.Abandoned).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.IsAbandoned)
            {
                logger.FlushFailed(exception, _outcomes.Count, delay);
                try
                {
                    await Task.Delay(delay, time, lifetime.Abandoned).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.TicksPerSecond * 5));
            }
        }
    }

    private async Task SuppressAsync()
    {
        foreach (var result in _batch)
        {
            if (result.SuppressAddress is { } address)
            {
                try
                {
                    await ledger.SuppressAsync(result.Channel, address, result.Outcome.Reply ?? "Permanent failure", time.GetUtcNow(), lifetime.Abandoned)
                        .ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The row is recorded as failed and the in-memory list has the address; the durable list misses it.
                    logger.FlushFailed(exception, 1, TimeSpan.Zero);
                }
            }
        }
    }

    private void Account(TimeSpan elapsed)
    {
        int sent = 0, deferred = 0, failed = 0, other = 0;
        foreach (var result in _batch)
        {
            var outcome = result.Outcome;
            metrics.RecordOutcome(result.Priority, outcome.State);
            tracker.Done(outcome.CampaignId, 1);
            result.Segment?.MarkCommitted(1);
            switch (outcome.State)
            {
                case DeliveryState.Sent: sent++; break;
                case DeliveryState.Deferred: deferred++; break;
                case DeliveryState.Failed: failed++; break;
                case DeliveryState.Pending: Released++; other++; break;
                default: other++; break;
            }
        }

        metrics.RecordFlush(_batch.Count);
        logger.Flushed(_batch.Count, (long)elapsed.TotalMilliseconds, sent, deferred, failed, other);
    }
}
