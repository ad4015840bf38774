namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>How the gateway answered one message.</summary>
public enum SmsGatewayAnswerKind
{
    /// <summary>2xx: accepted; the row is sent.</summary>
    Accepted,

    /// <summary>A 4xx refusal: the row fails with the gateway's code.</summary>
    Refused,

    /// <summary>429, 5xx, 401/403, a timeout or a broken connection (after the handler's retries): the row is deferred with backoff.</summary>
    Temporary,

    /// <summary>The circuit is open or the concurrency limit was full: nothing was sent; the row is deferred without an attempt.</summary>
    Unavailable,
}
