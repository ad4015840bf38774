using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.RateLimiting;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// Start-up in the background (journal replay before any claim; the ledger's tables were created by
/// <see cref="StartAsync"/>) and shutdown (graceful, or abandoned as in a crash).
/// </summary>
public sealed partial class MailEngine
{
    private const string CancelFinished = "The campaign was cancelled. (캠페인이 취소되었습니다.)";
    private const string Recovered = "Recovered from the send journal after an interrupted run. (중단된 실행의 발송 기록에서 복구)";

    private async Task StartPipelineAsync(CancellationToken cancellationToken)
    {
        var pipeline = _options.Pipeline;
        _messages.EnsureReady();
        foreach (var channel in Enum.GetValues<DeliveryChannel>())
        {
            _suppressions.AddRange(channel, await _ledger.LoadSuppressionsAsync(channel, cancellationToken).ConfigureAwait(false));
        }

        _logger.SuppressionsLoaded(_suppressions.Count);
        _journal = SendJournal.Open(pipeline.JournalDirectory, pipeline.NodeId, pipeline.JournalRotateRecords);
        await ReplayAsync(_journal.PreviousFiles, cancellationToken).ConfigureAwait(false);
        await FinishInterruptedCancelsAsync(cancellationToken).ConfigureAwait(false);

        var registry = new RateLimiterRegistry(_options.RateLimits, _time);
        RateLimits = registry;
        var context = new WorkerContext(
            _lanes, _results.Writer, _posted, _signals, _gate, new RateLimitGate(registry, _time, pipeline.MaxRateLimitWait), _connections,
            _messages, _journal, _suppressions, _metrics, pipeline, _lifetime, _time, _logger, _sms);
        for (var i = 0; i < pipeline.Workers; i++)
        {
            var worker = new SendWorker(context, i);
            _workers.Add(worker);
            worker.Start();
        }

        _writer = new LedgerWriter(_results.Reader, _posted, _ledger, _journal, _tracker, _metrics, pipeline, _lifetime, _time, _logger);
        _writerTask = Task.Run(_writer.RunAsync, CancellationToken.None);
        _signals.Drain = DrainAsync;
        var dispatcher = new Dispatcher(_ledger, _lanes, _signals, _tracker, _metrics, pipeline, _lifetime, _time, _logger);
        _dispatcherTask = Task.Run(dispatcher.RunAsync, CancellationToken.None);
        _logger.EngineStarted(pipeline.NodeId, pipeline.Workers, _connections.Name);
        if (string.Equals(pipeline.NodeId, NodeIdentity.ProcessDefault, StringComparison.Ordinal))
        {
            _logger.NodeIdPerProcess(pipeline.NodeId);
        }
    }

    /// <summary>
    /// A process that died between marking a campaign Cancelled and marking its remaining rows, or while holding rows
    /// of a cancelled campaign, leaves rows that no dispatcher claims any more: finish them at start, this node's own
    /// leases included (it holds nothing yet, and the journal replay ran first, so sent rows stay sent). Rows under
    /// another live node's lease are left to that node; the dispatchers' sweep takes them if the lease expires.
    /// </summary>
    private async Task FinishInterruptedCancelsAsync(CancellationToken cancellationToken)
    {
        var finished = await _ledger.FinishCancelledAsync(null, _options.Pipeline.NodeId, CancelFinished, _time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        if (finished > 0)
        {
            _logger.CancelledRowsSwept(_options.Pipeline.NodeId, finished);
        }
    }

    /// <summary>
    /// Writes the answers journaled by an interrupted run to the ledger (outcomes of rows already final are ignored
    /// there), then deletes those files. Runs before the first claim, which takes over this node's own leases.
    /// </summary>
    private async Task ReplayAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return;
        }

        var latest = new Dictionary<(Guid, long), JournalRecord>();
        foreach (var file in files)
        {
            foreach (var record in SendJournal.Read(file))
            {
                latest[(record.CampaignId, record.Sequence)] = record;
            }
        }

        var batch = new List<DeliveryOutcome>(_options.Pipeline.FlushBatchSize);
        foreach (var record in latest.Values)
        {
            batch.Add(new DeliveryOutcome(
                record.CampaignId, record.Sequence, record.State, true, null, record.ReplyCode == 0 ? null : record.ReplyCode, Recovered));
            if (batch.Count == _options.Pipeline.FlushBatchSize)
            {
                await _ledger.CompleteAsync(batch, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await _ledger.CompleteAsync(batch, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        SendJournal.DeleteFiles(files);
        _logger.JournalReplayed(latest.Count, files.Count);
    }

    private async Task ShutdownAsync()
    {
        _lifetime.Stop();
        await _dispatcherTask.ConfigureAwait(false);
        _lanes.Complete();
        await Task.WhenAll(_workers.Select(w => w.Exited)).ConfigureAwait(false);
        _results.Writer.TryComplete();
        await _writerTask.ConfigureAwait(false);
        _journal?.Close();
        _logger.EngineStopped(_writer?.Released ?? 0);
    }

    /// <summary>
    /// Simulates a crash (kill -9) for tests: every stage stops where it is, nothing more reaches the ledger, no row is
    /// released and the journal files stay for the next start to replay.
    /// </summary>
    internal async Task AbandonAsync()
    {
        _lifetime.Abandon();
        _lanes.Complete();
        _results.Writer.TryComplete();
        await Task.WhenAll(_workers.Select(w => w.Exited)).ConfigureAwait(false);
        await Task.WhenAll(_dispatcherTask, _writerTask).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        _signals.Drain = null;
        _journal?.Dispose();
    }
}
