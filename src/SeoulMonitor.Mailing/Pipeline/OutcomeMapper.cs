using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Turns the next hop's answer into the row's new state.</summary>
internal static class OutcomeMapper
{
    /// <summary>
    /// Accepted → Sent; a temporary failure → Deferred with backoff (Expired when the retry would pass the deadline);
    /// a permanent failure → Failed; a broken connection → Deferred shortly without counting an attempt (Pending when
    /// that would pass the deadline, so the deadline check decides).
    /// </summary>
    public static DeliveryOutcome Map(
        SendResult result, LeasedDelivery delivery, DateTimeOffset sendBy, DateTimeOffset now, PipelineOptions options, double jitter)
    {
        var code = result.StatusCode == 0 ? (int?)null : result.StatusCode;
        switch (result.Kind)
        {
            case SendOutcomeKind.Accepted:
                return new(delivery.CampaignId, delivery.Sequence, DeliveryState.Sent, true, null, code, result.Reply);
            case SendOutcomeKind.PermanentFailure:
                return new(delivery.CampaignId, delivery.Sequence, DeliveryState.Failed, true, null, code, result.Reply);
            case SendOutcomeKind.TemporaryFailure:
                var retryAt = now + RetryPolicy.Delay(delivery.Attempts + 1, options, jitter);
                return retryAt >= sendBy
                    ? new(delivery.CampaignId, delivery.Sequence, DeliveryState.Expired, true, null, code, result.Reply)
                    : new(delivery.CampaignId, delivery.Sequence, DeliveryState.Deferred, true, retryAt, code, result.Reply);
            case SendOutcomeKind.ConnectionFailure:
                var again = now + options.ConnectionRetryDelay;
                return again >= sendBy
                    ? new(delivery.CampaignId, delivery.Sequence, DeliveryState.Pending, false, null, code, result.Reply)
                    : new(delivery.CampaignId, delivery.Sequence, DeliveryState.Deferred, false, again, code, result.Reply);
            default:
                throw new ArgumentOutOfRangeException(nameof(result), result.Kind, "Unknown send outcome.");
        }
    }

    /// <summary>A claimed row given back unsent (pause, cancel, stop): no attempt is counted.</summary>
    public static DeliveryOutcome Release(LeasedDelivery delivery, string reason) =>
        new(delivery.CampaignId, delivery.Sequence, DeliveryState.Pending, false, null, null, reason);

    /// <summary>A final state reached without sending (deadline, gate).</summary>
    public static DeliveryOutcome Finish(LeasedDelivery delivery, DeliveryState state, string reason) =>
        new(delivery.CampaignId, delivery.Sequence, state, false, null, null, reason);
}
