using System.Collections.Concurrent;

namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>
/// The engine's token buckets: one global, one per transport (by <c>IMailConnectionFactory.Name</c>) and one per
/// destination domain (created on first use, with the configured override or the default). A message needs a token
/// from all three; when one is missing the tokens already taken are given back.
/// </summary>
internal sealed class RateLimiterRegistry
{
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, TokenBucket> _transports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DomainLimiter> _domains = new(StringComparer.OrdinalIgnoreCase);

    public RateLimiterRegistry(RateLimitOptions options, TimeProvider time)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Global = new TokenBucket(options.GlobalPerSecond, options.BurstSeconds, time);
    }

    public TokenBucket Global { get; }

    /// <summary>How many domains have a bucket.</summary>
    public int DomainCount => _domains.Count;

    /// <summary>Takes one token from the domain's, the transport's and the global bucket, or none of them.</summary>
    public bool TryAcquire(string transport, string domain, out TimeSpan retryAfter)
    {
        var limiter = GetDomain(domain);
        limiter.Recover();
        if (!limiter.Bucket.TryTake(out retryAfter))
        {
            return false;
        }

        var transportBucket = GetTransport(transport);
        if (!transportBucket.TryTake(out retryAfter))
        {
            limiter.Bucket.Refund();
            return false;
        }

        if (!Global.TryTake(out retryAfter))
        {
            transportBucket.Refund();
            limiter.Bucket.Refund();
            return false;
        }

        return true;
    }

    /// <summary>A throttling reply (421, 450, 451, 452) from <paramref name="domain"/>: slow that domain down.</summary>
    public void OnThrottled(string domain) => GetDomain(domain).Throttled();

    /// <summary>The domain's current rate in messages per second.</summary>
    public double GetDomainRate(string domain)
    {
        var limiter = GetDomain(domain);
        limiter.Recover();
        return limiter.Bucket.PerSecond;
    }

    /// <summary>The domain's bucket.</summary>
    public TokenBucket GetDomainBucket(string domain) => GetDomain(domain).Bucket;

    /// <summary>The transport's bucket.</summary>
    public TokenBucket GetTransport(string transport) =>
        _transports.GetOrAdd(transport, static (_, s) => new TokenBucket(s._options.PerTransportPerSecond, s._options.BurstSeconds, s._time), this);

    private DomainLimiter GetDomain(string domain) =>
        _domains.GetOrAdd(domain, static (d, s) => new DomainLimiter(
            d,
            s._options.Domains.TryGetValue(d, out var rate) ? rate : s._options.DefaultPerDomainPerSecond,
            s._options,
            s._time), this);
}
