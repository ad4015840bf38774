namespace SeoulMonitor.Mailing.Transport;

/// <summary>How the next hop answered one message.</summary>
public enum SendOutcomeKind
{
    /// <summary>Accepted (2xx).</summary>
    Accepted,

    /// <summary>A temporary refusal (4xx): defer and retry with backoff until the deadline.</summary>
    TemporaryFailure,

    /// <summary>A permanent refusal (5xx): fail the recipient and suppress the address.</summary>
    PermanentFailure,

    /// <summary>The connection broke or timed out: retry on a fresh connection without using up an attempt.</summary>
    ConnectionFailure,
}
