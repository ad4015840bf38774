namespace SeoulMonitor.Testing.Sms;

/// <summary>How the in-process gateway answers one request.</summary>
internal enum GatewayStep
{
    /// <summary>202 with a message id (the same id again for a clientRef it already accepted).</summary>
    Accept,

    /// <summary>400 <c>{code: "invalid_number"}</c>.</summary>
    RefuseNumber,

    /// <summary>400 <c>{code: "sender_not_registered"}</c>.</summary>
    RefuseSender,

    /// <summary>429 with <c>Retry-After: 1</c>.</summary>
    TooMany,

    /// <summary>500.</summary>
    ServerError,

    /// <summary>Accepts, but answers only after <see cref="FakeSmsGateway.SlowDelay"/> (beyond the client's timeout).</summary>
    Slow,

    /// <summary>Drops the connection without an answer.</summary>
    Drop,
}
