namespace SeoulMonitor.Mailing.Ledger;

/// <summary>One recipient's delivery record: what happened and, if not sent, why.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The recipient's position in the campaign's snapshot (1, 2, …).</param>
/// <param name="RecipientId">The recipient's id in the audience source.</param>
/// <param name="Address">The address used.</param>
/// <param name="State">The current state.</param>
/// <param name="Attempts">How many delivery attempts counted (connection errors do not count).</param>
/// <param name="RetryAt">When a deferred recipient is tried again.</param>
/// <param name="ReplyCode">The last SMTP (or gateway) status code, when there was one.</param>
/// <param name="Reply">The last reply text or the reason (suppression, expiry, cancellation).</param>
/// <param name="UpdatedAt">When the record last changed.</param>
/// <param name="ConsentId">The consent that allowed the send, if the source gave one.</param>
public sealed record DeliveryRecord(
    Guid CampaignId,
    long Sequence,
    string RecipientId,
    string Address,
    DeliveryState State,
    int Attempts,
    DateTimeOffset? RetryAt,
    int? ReplyCode,
    string? Reply,
    DateTimeOffset UpdatedAt,
    string? ConsentId);
