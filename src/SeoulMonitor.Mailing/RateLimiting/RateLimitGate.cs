namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>
/// Acquisition from a worker thread: tries the registry synchronously and, while the wait stays short, blocks the
/// worker on a <see cref="TimeProvider"/> delay. A longer wait (a throttled domain) is returned to the caller, which
/// defers the row instead of holding a connection idle.
/// </summary>
internal sealed class RateLimitGate(RateLimiterRegistry registry, TimeProvider time, TimeSpan maxWait)
{
    public RateLimiterRegistry Registry { get; } = registry;

    /// <summary>Null once a token is held; otherwise how long the caller should wait before trying again.</summary>
    public TimeSpan? Acquire(string transport, string domain, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (Registry.TryAcquire(transport, domain, out var retryAfter))
            {
                return null;
            }

            if (waited + retryAfter > maxWait)
            {
                return retryAfter;
            }

            // Dedicated worker thread: blocking is intended; the delay runs on the TimeProvider's timer.
            Task.Delay(retryAfter, time, cancellationToken).GetAwaiter().GetResult();
            waited += retryAfter;
        }
    }
}
