namespace SeoulMonitor.Mailing.Transport;

/// <summary>The answer to one message.</summary>
/// <param name="Kind">The class of the answer.</param>
/// <param name="StatusCode">The SMTP status code (0 when there was none, for example a broken connection).</param>
/// <param name="Reply">The reply text or error message.</param>
public readonly record struct SendResult(SendOutcomeKind Kind, int StatusCode, string? Reply)
{
    /// <summary>Whether the reply is a throttling reply (421, 450, 451, 452) that should slow the destination down.</summary>
    public bool IsThrottling => StatusCode is 421 or 450 or 451 or 452;
}
