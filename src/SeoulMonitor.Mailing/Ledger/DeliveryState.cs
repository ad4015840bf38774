namespace SeoulMonitor.Mailing.Ledger;

/// <summary>The state of one recipient of one campaign in the delivery ledger.</summary>
public enum DeliveryState
{
    /// <summary>Waiting to be claimed.</summary>
    Pending = 0,

    /// <summary>Claimed by a sender under a lease.</summary>
    InFlight = 1,

    /// <summary>A temporary failure (4xx or connection trouble): retried after <c>RetryAt</c>, until the deadline.</summary>
    Deferred = 2,

    /// <summary>Accepted by the next hop (final).</summary>
    Sent = 10,

    /// <summary>Permanently refused, for example by a 5xx reply (final).</summary>
    Failed = 11,

    /// <summary>Not sent because consent was missing or the address is suppressed (final).</summary>
    Suppressed = 12,

    /// <summary>Not reached before the campaign's send-by deadline; never sent late (final).</summary>
    Expired = 13,

    /// <summary>Not sent because the campaign was cancelled (final).</summary>
    Cancelled = 14,
}
