using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.RateLimiting;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The sending engine, a hosted service: a dispatcher claims leased batches of running campaigns (urgent first) into
/// bounded lanes, worker threads send them over their own connections, and one ledger writer records the outcomes in
/// batches. Start it with the generic host, or from a console program with <see cref="RunAsync"/> (or
/// <see cref="BackgroundService.StartAsync"/> and <see cref="BackgroundService.StopAsync"/>). A graceful stop sends nothing twice: it
/// stops claiming, lets each worker finish its current message, gives every other claimed row back to the ledger and
/// writes all outcomes before it returns.
/// </summary>
public sealed partial class MailEngine : BackgroundService
{
    private readonly IDeliveryLedger _ledger;
    private readonly IMailConnectionFactory _connections;
    private readonly ISendTimeGate _gate;
    private readonly IMessageFactory _messages;
    private readonly CampaignSignals _signals;
    private readonly SuppressionSet _suppressions;
    private readonly MailingMetrics _metrics;
    private readonly MailingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Sms.Gateway.SmsChannel? _sms;
    private readonly EngineLifetime _lifetime = new();
    private readonly InFlightTracker _tracker = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<CampaignState>> _waiters = new();
    private readonly DeliveryLanes _lanes;
    private readonly Channel<PipelineResult> _results;
    private readonly BatchSignal _posted = new();
    private readonly List<SendWorker> _workers = [];
    private SendJournal? _journal;
    private LedgerWriter? _writer;
    private Task _dispatcherTask = Task.CompletedTask;
    private Task _writerTask = Task.CompletedTask;

    internal MailEngine(
        IDeliveryLedger ledger,
        IMailConnectionFactory connections,
        ISendTimeGate gate,
        IMessageFactory messages,
        CampaignSignals signals,
        SuppressionSet suppressions,
        MailingMetrics metrics,
        IOptions<MailingOptions> options,
        TimeProvider time,
        ILogger<MailEngine> logger,
        Sms.Gateway.SmsChannel? sms = null)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _connections = connections ?? throw new ArgumentNullException(nameof(connections));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _suppressions = suppressions ?? throw new ArgumentNullException(nameof(suppressions));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _sms = sms;
        var pipeline = _options.Pipeline;
        _lanes = new DeliveryLanes(pipeline.QueueCapacity, Math.Min(pipeline.ClaimBatchSize, Math.Max(1, pipeline.QueueCapacity / 2)));
        _results = Channel.CreateBounded<PipelineResult>(new BoundedChannelOptions(pipeline.ResultsCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _signals.Finished += OnFinished;
    }

    /// <summary>Completes when the engine has replayed its journal and started its workers.</summary>
    internal Task Started => _started.Task;

    internal DeliveryLanes Lanes => _lanes;

    internal InFlightTracker Tracker => _tracker;

    /// <summary>The rate limiters of the running engine (null before it started), for tests that watch a domain's rate.</summary>
    internal RateLimiterRegistry? RateLimits { get; private set; }

    /// <summary>Runs the engine until <paramref name="cancellationToken"/> is cancelled, then stops it gracefully.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop.
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes when this engine sees the campaign reach a final state: completed (every recipient final) or cancelled.
    /// </summary>
    public async Task<CampaignState> WaitForCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        var waiter = _waiters.GetOrAdd(campaignId, static _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        var record = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is not null && CampaignTransitions.IsFinal(record.State))
        {
            waiter.TrySetResult(record.State);
        }

        return await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _signals.Finished -= OnFinished;
        if (_signals.Drain == DrainAsync)
        {
            _signals.Drain = null;
        }

        _journal?.Dispose();
        _lifetime.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartPipelineAsync(stoppingToken).ConfigureAwait(false);
            _started.TrySetResult();
        }
        catch (Exception exception)
        {
            _started.TrySetException(exception);
            throw;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _lifetime.Abandoned);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, _time, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stop requested (or abandoned).
        }

        if (!_lifetime.IsAbandoned)
        {
            await ShutdownAsync().ConfigureAwait(false);
        }
    }

    private void OnFinished(Guid campaignId, CampaignState state)
    {
        if (_waiters.TryRemove(campaignId, out var waiter))
        {
            waiter.TrySetResult(state);
        }
    }

    private Task DrainAsync(Guid campaignId, CancellationToken cancellationToken) =>
        _tracker.WhenDrainedAsync(campaignId, cancellationToken);
}
