namespace SeoulMonitor.Mailing.Ledger;

/// <summary>A state change of one ledger row, written in batches.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row.</param>
/// <param name="State">The new state (<see cref="DeliveryState.Pending"/> releases a claimed row unsent).</param>
/// <param name="CountsAsAttempt">Whether the attempt counter goes up (not for connection errors or releases).</param>
/// <param name="RetryAt">For <see cref="DeliveryState.Deferred"/>: when to retry.</param>
/// <param name="ReplyCode">The status code, if any.</param>
/// <param name="Reply">The reply text or reason, if any.</param>
public readonly record struct DeliveryOutcome(
    Guid CampaignId,
    long Sequence,
    DeliveryState State,
    bool CountsAsAttempt,
    DateTimeOffset? RetryAt = null,
    int? ReplyCode = null,
    string? Reply = null);
