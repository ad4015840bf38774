using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// One dedicated worker thread (the transport is synchronous): owns one connection and one message writer, takes
/// rows urgent lane first, and for each checks the campaign, the deadline, the lease, the send-time gate and the rate
/// limits before sending; journals final answers, then hands the outcome to the ledger writer.
/// </summary>
internal sealed partial class SendWorker(WorkerContext context, int index)
{
    private const string Stopping = "Released unsent: the engine is stopping. (엔진 종료로 발송하지 않고 반환)";
    private const string NotRunning = "Released unsent: the campaign is not running. (캠페인이 발송 중이 아니어서 반환)";
    private const string LeaseEnding = "Released unsent: the lease was about to end. (점유 시간 만료 직전이라 반환)";
    private const string CancelledUnsent = "The campaign was cancelled before the message was sent. (발송 전에 캠페인이 취소되었습니다.)";
    private const string DeadlinePassed = "The send-by deadline passed. (발송 기한이 지났습니다.)";
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IMailConnection? _connection;
    private IMessageWriter? _writer;
    private (WorkItem Item, long Started)? _pending;
    private bool _connectFailing;

    /// <summary>Completes when the thread has left its loop and closed its connection.</summary>
    public Task Exited => _exited.Task;

    public void Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = $"mail-worker-{index}" };
        thread.Start();
    }

    private void Run()
    {
        try
        {
            _writer = context.Messages.CreateWriter();
            Loop();
        }
        catch (Exception) when (context.Lifetime.IsAbandoned)
        {
            // A simulated crash: leave without writing anything (the results channel may already be closed).
        }
        finally
        {
            if (!context.Lifetime.IsAbandoned)
            {
                TryCompletePending();
            }

            _connection?.Dispose();
            _writer?.Dispose();
            _exited.TrySetResult();
        }
    }

    private void Loop()
    {
        while (!context.Lifetime.IsAbandoned)
        {
            if (!context.Lanes.TryTake(out var item))
            {
                // Nothing more to send right now: a chained message must not wait for a next one.
                CompletePending();
                if (!context.Lanes.WaitToRead())
                {
                    return;
                }

                continue;
            }

            context.Metrics.AddQueued(-1);
            context.Metrics.AddInFlight(1);
            try
            {
                if (Process(item) is { } result && !context.Lifetime.IsAbandoned)
                {
                    Post(result);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.Lifetime.IsAbandoned)
            {
                context.Logger.WorkerFailed(exception, index, item.Delivery.CampaignId);
                if (context.Lifetime.IsAbandoned)
                {
                    return;
                }

                Post(new(OutcomeMapper.Release(item.Delivery, "Released after an engine error."), item.Campaign.Priority, item.Campaign.Channel));
            }
            finally
            {
                context.Metrics.AddInFlight(-1);
            }
        }
    }

    private PipelineResult? Process(WorkItem item)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        if (NotToSend(item) is { } stopped)
        {
            return Result(item, stopped);
        }

        var now = context.Time.GetUtcNow();
        if (now >= campaign.SendBy)
        {
            return Result(item, OutcomeMapper.Finish(delivery, DeliveryState.Expired, DeadlinePassed));
        }

        if (now >= item.LeaseUntil - LeaseMargin())
        {
            return Result(item, OutcomeMapper.Release(delivery, LeaseEnding));
        }

        var decision = Check(new GateRequest(campaign.Id, campaign.Channel, delivery.RecipientId, delivery.Address, delivery.ConsentId));
        if (decision.DeferUntil is { } until)
        {
            return Result(item, NightHold.Outcome(delivery, campaign.SendBy, until, decision.Reason));
        }

        if (!decision.Allowed)
        {
            return Result(item, OutcomeMapper.Finish(delivery, DeliveryState.Suppressed, decision.Reason ?? "Refused by the send-time gate."));
        }

        if (!decision.NightSendingConsented && NightHold.HeldUntil(now, campaign.Channel, campaign.Purpose) is { } morning)
        {
            return Result(item, NightHold.Outcome(delivery, campaign.SendBy, morning));
        }

        if (campaign.Channel == Campaigns.DeliveryChannel.Sms)
        {
            return SendSms(item);
        }

        var wait = AcquireRate(delivery.Domain);
        if (wait is { } retryAfter)
        {
            return Result(item, Postpone(delivery, campaign.SendBy, retryAfter, "Rate limit of the destination reached."));
        }

        if (!EnsureConnection())
        {
            return Result(item, Postpone(delivery, campaign.SendBy, context.Options.ConnectionRetryDelay, "No connection to the next hop."));
        }

        // The rate limit and the connection may have waited: look again right before the send, so that a row is never
        // sent after this node learnt of a pause or cancel (made here or on another node), nor once its lease may have
        // passed to another node.
        if (LastCheck(item) is { } refused)
        {
            return Result(item, refused);
        }

        return Send(item);
    }

    /// <summary>Completes a pending message on the way out; a failure here only loses that answer (its row's lease ends).</summary>
    private void TryCompletePending()
    {
        try
        {
            CompletePending();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Logger.WorkerFailed(exception, index, _pending?.Item.Delivery.CampaignId ?? Guid.Empty);
        }
    }

    /// <summary>The checks repeated right before a send: the campaign still running here, the lease not about to end.</summary>
    private DeliveryOutcome? LastCheck(WorkItem item)
    {
        if (NotToSend(item) is { } stopped)
        {
            return stopped;
        }

        return context.Time.GetUtcNow() >= item.LeaseUntil - LeaseMargin() ? OutcomeMapper.Release(item.Delivery, LeaseEnding) : null;
    }

    /// <summary>
    /// A row of a cancelled campaign is finished Cancelled here, by the node that holds its lease (even when stopping:
    /// no node would send it again, and the cancelling node leaves rows under a live lease to their owner); a row of a
    /// paused campaign, or any row while the engine stops, goes back unsent.
    /// </summary>
    private DeliveryOutcome? NotToSend(WorkItem item)
    {
        if (context.Signals.StateOf(item.Campaign.Id) == Campaigns.CampaignState.Cancelled)
        {
            return OutcomeMapper.Finish(item.Delivery, DeliveryState.Cancelled, CancelledUnsent);
        }

        if (context.Lifetime.IsStopping)
        {
            return OutcomeMapper.Release(item.Delivery, Stopping);
        }

        return context.Signals.IsRunning(item.Campaign.Id) ? null : OutcomeMapper.Release(item.Delivery, NotRunning);
    }

    private static PipelineResult Result(WorkItem item, DeliveryOutcome outcome) => new(outcome, item.Campaign.Priority, item.Campaign.Channel);

    private TimeSpan LeaseMargin() => context.Options.LeaseMargin;

    private DeliveryOutcome Postpone(LeasedDelivery delivery, DateTimeOffset sendBy, TimeSpan delay, string reason)
    {
        var at = context.Time.GetUtcNow() + delay;
        return at >= sendBy
            ? OutcomeMapper.Release(delivery, reason)
            : new DeliveryOutcome(delivery.CampaignId, delivery.Sequence, DeliveryState.Deferred, false, at, null, reason);
    }

    private GateDecision Check(GateRequest request)
    {
        var pending = context.Gate.CheckAsync(request, context.Lifetime.Abandoned);
        if (pending.IsCompletedSuccessfully)
        {
            return pending.Result;
        }

        // About to block: read the answer of a chained message first (see AcquireRate).
        CompletePending();
        return pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// A token of the rate limits (null), or how long to wait. Before the worker blocks on a limit it reads the answer
    /// of the message still pending on its connection: otherwise that answer, and the outcome of a message the server
    /// already accepted, would wait with it while the row's lease runs out and another node takes the row over.
    /// </summary>
    private TimeSpan? AcquireRate(string domain)
    {
        if (context.RateLimits.Registry.TryAcquire(context.Connections.Name, domain, out _))
        {
            return null;
        }

        CompletePending();
        return context.RateLimits.Acquire(context.Connections.Name, domain, context.Lifetime.Abandoned);
    }

    private void Post(PipelineResult result)
    {
        if (!context.Results.TryWrite(result))
        {
            context.Results.WriteAsync(result, context.Lifetime.Abandoned).AsTask().GetAwaiter().GetResult();
        }

        context.ResultsPosted.Posted();
    }
}
