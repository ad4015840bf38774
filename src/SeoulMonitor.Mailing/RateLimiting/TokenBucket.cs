using System.Threading.RateLimiting;

namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>
/// A token bucket on <see cref="TimeProvider"/> whose rate can change while it runs (for AIMD). It refills lazily from
/// the clock on each call, so it needs no timer and is deterministic under a fake clock; the framework's
/// <see cref="TokenBucketRateLimiter"/> has neither a clock seam nor a changeable rate.
/// </summary>
internal sealed class TokenBucket : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly double _burstSeconds;
    private readonly Lock _gate = new();
    private double _tokens;
    private double _rate;
    private long _lastTimestamp;
    private long _successful;
    private long _failed;

    public TokenBucket(double perSecond, double burstSeconds, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burstSeconds);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _burstSeconds = burstSeconds;
        _rate = perSecond;
        _tokens = Capacity;
        _lastTimestamp = time.GetTimestamp();
    }

    /// <summary>The current rate in tokens per second.</summary>
    public double PerSecond
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            lock (_gate)
            {
                Refill();
                _rate = value;
                _tokens = Math.Min(_tokens, Capacity);
            }
        }
    }

    public override TimeSpan? IdleDuration => null;

    private double Capacity => Math.Max(1, _rate * _burstSeconds);

    /// <summary>Takes one token, or says how long until one is available.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            Refill();
            if (_tokens >= 1)
            {
                _tokens -= 1;
                _successful++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            _failed++;
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / _rate);
            return false;
        }
    }

    /// <summary>Gives back a token taken by <see cref="TryTake"/> that was not used.</summary>
    public void Refund()
    {
        lock (_gate)
        {
            _tokens = Math.Min(_tokens + 1, Capacity);
            _successful--;
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)_tokens,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "A bucket hands out one permit at a time.");
        }

        if (permitCount == 0)
        {
            lock (_gate)
            {
                Refill();
                return _tokens >= 1 ? BucketLease.Acquired : BucketLease.Denied(TimeSpan.FromSeconds((1 - _tokens) / _rate));
            }
        }

        return TryTake(out var retryAfter) ? BucketLease.Acquired : BucketLease.Denied(retryAfter);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lease = AttemptAcquireCore(permitCount);
            if (lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                return lease;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        _lastTimestamp = now;
        if (elapsed > 0)
        {
            _tokens = Math.Min(Capacity, _tokens + (elapsed * _rate));
        }
    }
}
