using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// Stores accepted texts' gateway message ids in batches (never one round trip per text) from a bounded queue: workers
/// hand ids over without waiting for the database; a full queue makes them wait (backpressure). A process killed
/// before a batch is written loses those ids: their delivery reports are then refused as unknown (the texts stay sent).
/// </summary>
internal sealed class SmsMessageRecorder : IAsyncDisposable
{
    /// <summary>Ids waiting at most.</summary>
    public const int Capacity = 10_000;

    /// <summary>Ids per ledger call at most.</summary>
    public const int BatchSize = 500;

    /// <summary>Attempts to store one batch before it is dropped (and logged).</summary>
    public const int MaxAttempts = 5;

    private readonly Channel<SmsMessageRecord> _queue = Channel.CreateBounded<SmsMessageRecord>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly IDeliveryLedger _ledger;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _flushes = [];
    private readonly Task _loop;
    private long _added;
    private long _handled;

    public SmsMessageRecorder(IDeliveryLedger ledger, TimeProvider time, ILogger logger)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queues one id; blocks the (worker) thread only while the queue is full.</summary>
    public void Add(SmsMessageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Interlocked.Increment(ref _added);
        if (!_queue.Writer.TryWrite(record))
        {
            _queue.Writer.WriteAsync(record).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Completes when every id queued before the call has been stored (or dropped after its attempts).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref _added);
        lock (_gate)
        {
            if (_handled >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushes.Add((target, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task LoopAsync()
    {
        var batch = new List<SmsMessageRecord>(BatchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await StoreAsync(batch).ConfigureAwait(false);
            Handled(batch.Count);
            batch.Clear();
        }
    }

    private async Task StoreAsync(List<SmsMessageRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _ledger.RecordSmsMessagesAsync(batch, _time.GetUtcNow()).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < MaxAttempts)
            {
                Log.SmsMessageIdsRetry(_logger, batch.Count, attempt, exception);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.SmsMessageIdsDropped(_logger, batch.Count, exception);
                return;
            }
        }
    }

    private void Handled(int count)
    {
        lock (_gate)
        {
            _handled += count;
            for (var i = _flushes.Count - 1; i >= 0; i--)
            {
                if (_flushes[i].Target <= _handled)
                {
                    _flushes[i].Done.TrySetResult();
                    _flushes.RemoveAt(i);
                }
            }
        }
    }
}
