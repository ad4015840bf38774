namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>One destination domain's bucket and its AIMD state.</summary>
internal sealed class DomainLimiter(string domain, double configured, RateLimitOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _quietSince = time.GetTimestamp();

    public string Domain { get; } = domain;

    public double Configured { get; } = configured;

    public TokenBucket Bucket { get; } = new(configured, options.BurstSeconds, time);

    /// <summary>A throttling reply: slow down and restart the quiet period.</summary>
    public void Throttled()
    {
        lock (_gate)
        {
            Bucket.PerSecond = AimdPolicy.Decrease(Bucket.PerSecond, options.ThrottleFactor, Math.Min(options.MinimumPerSecond, Configured));
            _quietSince = time.GetTimestamp();
        }
    }

    /// <summary>Grows the rate back by one step per whole quiet interval since the last change.</summary>
    public void Recover()
    {
        var current = Bucket.PerSecond;
        if (current >= Configured)
        {
            return;
        }

        lock (_gate)
        {
            var now = time.GetTimestamp();
            var intervals = (long)(time.GetElapsedTime(_quietSince, now) / options.RecoveryInterval);
            if (intervals > 0)
            {
                Bucket.PerSecond = AimdPolicy.Recover(Bucket.PerSecond, Configured, options.RecoveryStep, intervals);
                _quietSince = now;
            }
        }
    }
}
