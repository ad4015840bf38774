using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The send itself: connection, message, answer, journal.</summary>
internal sealed partial class SendWorker
{
    private PipelineResult Send(WorkItem item)
    {
        var delivery = item.Delivery;
        var campaign = item.Campaign;
        ComposedMessage composed;
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
        var answer = _connection!.Send(composed.Message, composed.Sender, composed.Recipient, context.Lifetime.Abandoned);
        context.Metrics.RecordSend(context.Connections.Name, context.Time.GetElapsedTime(started));
        var outcome = OutcomeMapper.Map(answer, delivery, campaign.SendBy, context.Time.GetUtcNow(), context.Options, Random.Shared.NextDouble());
        if (answer.IsThrottling)
        {
            context.RateLimits.Registry.OnThrottled(delivery.Domain);
        }

        if (answer.Kind == SendOutcomeKind.ConnectionFailure)
        {
            _connection.Dispose();
            _connection = null;
        }

        JournalSegment? segment = null;
        string? suppress = null;
        if (outcome.State is DeliveryState.Sent or DeliveryState.Failed)
        {
            // The answer is journaled before anything else can fail, so that a crash cannot send it twice.
            segment = context.Journal.Append(new JournalRecord(delivery.CampaignId, delivery.Sequence, outcome.State, answer.StatusCode));
        }

        if (answer.Kind == SendOutcomeKind.PermanentFailure)
        {
            suppress = delivery.Address;
            context.Suppressions.Add(campaign.Channel, delivery.Address);
        }

        return new PipelineResult(outcome, campaign.Priority, campaign.Channel, segment, suppress);
    }

    private bool EnsureConnection()
    {
        if (_connection is { IsUsable: true })
        {
            return true;
        }

        _connection?.Dispose();
        _connection = null;
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
