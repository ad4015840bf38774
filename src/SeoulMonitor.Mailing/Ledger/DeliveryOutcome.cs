namespace SeoulMonitor.Mailing.Ledger;

/// <summary>A state change of one ledger row, written in batches.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row.</param>
/// <param name="State">The new state (<see cref="DeliveryState.Pending"/> releases a claimed row unsent).</param>
/// <param name="CountsAsAttempt">Whether the attempt counter goes up (not for connection errors or releases).</param>
/// <param name="RetryAt">For <see cref="DeliveryState.Deferred"/>: when to retry.</param>
/// <param name="ReplyCode">The status code, if any.</param>
/// <param name="Reply">The reply text or reason, if any.</param>
/// <param name="LeaseOwner">
/// The node that decided the outcome while it held the row's lease. When set, an outcome that is not a transport result
/// (a release, a deferral, or a final state reached without an attempt) applies only while that node still holds the
/// lease: a node whose lease passed to another node must not give back or finish the new owner's row. A transport
/// result (<see cref="DeliveryState.Sent"/> or <see cref="DeliveryState.Failed"/> after an attempt) always applies,
/// since the message really went out. Null applies unconditionally (tools, journal replay).
/// </param>
public readonly record struct DeliveryOutcome(
    Guid CampaignId,
    long Sequence,
    DeliveryState State,
    bool CountsAsAttempt,
    DateTimeOffset? RetryAt = null,
    int? ReplyCode = null,
    string? Reply = null,
    string? LeaseOwner = null);
