using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The send itself: connection, message, answer, journal.</summary>
internal sealed partial class SendWorker
{
    private PipelineResult? Send(WorkItem item)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        OutgoingMessage composed;
        string? error;
        try
        {
            _writer!.TryWrite(campaign, delivery, out composed, out error);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // The campaign's message cannot be built at all (a stored template or sender that no longer passes).
            (composed, error) = (default, exception.Message);
        }

        if (error is not null)
        {
            return Result(item, OutcomeMapper.Finish(delivery, DeliveryState.Failed, $"The message could not be built: {error}"));
        }

        var started = context.Time.GetTimestamp();
        if (_connection is IDeferringMailConnection { CanDefer: true } chained)
        {
            var answer = chained.SendDeferred(composed, out var previous, context.Lifetime.Abandoned);
            if (previous is { } earlier && _pending is { } pending)
            {
                _pending = null;
                Post(Finish(pending.Item, earlier, pending.Started));
            }

            if (answer is null)
            {
                // Pending: answered with the next send, or when the worker runs out of work (CompletePending).
                _pending = (item, started);
                return null;
            }

            return Finish(item, answer.Value, started);
        }

        return Finish(item, _connection!.Send(composed, context.Lifetime.Abandoned), started);
    }

    /// <summary>Reads the answer of the message left pending by a chained send, and posts its outcome.</summary>
    private void CompletePending()
    {
        if (_pending is not { } pending)
        {
            return;
        }

        _pending = null;
        if (_connection is IDeferringMailConnection { HasPending: true } chained)
        {
            Post(Finish(pending.Item, chained.CompletePending(context.Lifetime.Abandoned), pending.Started));
        }
    }

    /// <summary>Maps the next hop's answer to the delivery's outcome: journal, throttling, suppression, broken connection.</summary>
    private PipelineResult Finish(WorkItem item, SendResult answer, long started)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        context.Metrics.RecordSend(context.Connections.Name, context.Time.GetElapsedTime(started));
        var outcome = OutcomeMapper.Map(answer, delivery, campaign.SendBy, context.Time.GetUtcNow(), context.Options, Random.Shared.NextDouble());

        // From here on the next hop has answered: whatever fails below, the mapped outcome is what gets posted (never a
        // release, which would send an accepted message again).
        var segment = TryJournal(delivery, outcome, answer);
        if (answer.IsThrottling)
        {
            context.RateLimits.Registry.OnThrottled(delivery.Domain);
        }

        if (answer.Kind == SendOutcomeKind.ConnectionFailure)
        {
            CloseConnection();
        }

        string? suppress = null;
        if (answer.Kind == SendOutcomeKind.PermanentFailure)
        {
            suppress = delivery.Address;
            context.Suppressions.Add(campaign.Channel, delivery.Address);
        }

        return new PipelineResult(outcome, campaign.Priority, campaign.Channel, segment, suppress);
    }

    /// <summary>
    /// Journals a final answer before anything else can fail, so that a crash cannot send it twice. A journal that
    /// cannot be written (disk full, permissions) is logged; the outcome still goes to the ledger through the writer.
    /// </summary>
    private JournalSegment? TryJournal(LeasedDelivery delivery, DeliveryOutcome outcome, SendResult answer)
    {
        if (outcome.State is not (DeliveryState.Sent or DeliveryState.Failed))
        {
            return null;
        }

        try
        {
            return context.Journal.Append(new JournalRecord(delivery.CampaignId, delivery.Sequence, outcome.State, answer.StatusCode));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Logger.WorkerFailed(exception, index, delivery.CampaignId);
            return null;
        }
    }

    private bool EnsureConnection()
    {
        if (_connection is { IsUsable: true })
        {
            return true;
        }

        CloseConnection();
        try
        {
            _connection = context.Connections.Open(context.Lifetime.Abandoned);
            _connectFailing = false;
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (!_connectFailing)
            {
                context.Logger.ConnectFailed(exception, index, context.Connections.Name);
                _connectFailing = true;
            }

            BackOff();
            return false;
        }
    }

    /// <summary>Closes the connection, after reading the answer of a message still pending on it.</summary>
    private void CloseConnection()
    {
        if (_connection is null)
        {
            return;
        }

        var connection = _connection;
        if (_pending is not null && !context.Lifetime.IsAbandoned)
        {
            CompletePending();
        }

        _connection = null;
        connection.Dispose();
    }

    private void BackOff()
    {
        try
        {
            Task.Delay(context.Options.ConnectionRetryDelay, context.Time, context.Lifetime.Stopping).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopping: release the rest without waiting.
        }
    }
}
