namespace SeoulMonitor.Mailing.RateLimiting;

/// <summary>
/// Rate limits in messages per second, as token buckets: one global, one per transport, one per destination domain.
/// Throttling replies (421, 450, 451, 452) halve a domain's rate (down to <see cref="MinimumPerSecond"/>); it grows back
/// by <see cref="RecoveryStep"/> after each quiet <see cref="RecoveryInterval"/>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>All messages of this node, per second; default 5,000.</summary>
    public double GlobalPerSecond { get; set; } = 5_000;

    /// <summary>Messages per second through one transport (SMTP relay, pickup directory); default 5,000.</summary>
    public double PerTransportPerSecond { get; set; } = 5_000;

    /// <summary>Messages per second to one destination domain without an entry in <see cref="Domains"/>; default 200.</summary>
    public double DefaultPerDomainPerSecond { get; set; } = 200;

    /// <summary>Per-domain rates that override the default, for example <c>naver.com: 100</c>.</summary>
    public Dictionary<string, double> Domains { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many seconds' worth of messages a bucket may hold (its burst); default 1.</summary>
    public double BurstSeconds { get; set; } = 1;

    /// <summary>What a throttling reply multiplies the domain's rate by; default 0.5.</summary>
    public double ThrottleFactor { get; set; } = 0.5;

    /// <summary>How many messages per second a throttled domain gets back per quiet interval; default 5.</summary>
    public double RecoveryStep { get; set; } = 5;

    /// <summary>How long a domain must stay free of throttling replies before its rate grows again; default 10 s.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The floor of a throttled domain's rate; default 1 message per second.</summary>
    public double MinimumPerSecond { get; set; } = 1;

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Rate(failures, nameof(GlobalPerSecond), GlobalPerSecond);
        Rate(failures, nameof(PerTransportPerSecond), PerTransportPerSecond);
        Rate(failures, nameof(DefaultPerDomainPerSecond), DefaultPerDomainPerSecond);
        Rate(failures, nameof(MinimumPerSecond), MinimumPerSecond);
        if (Domains is null)
        {
            failures.Add("Mailing:RateLimits:Domains must not be null.");
        }
        else
        {
            foreach (var (domain, rate) in Domains)
            {
                if (string.IsNullOrWhiteSpace(domain) || domain.Contains('@', StringComparison.Ordinal))
                {
                    failures.Add($"Mailing:RateLimits:Domains has an invalid domain '{domain}'.");
                }

                Rate(failures, $"Domains:{domain}", rate);
            }
        }

        if (!(ThrottleFactor > 0 && ThrottleFactor < 1))
        {
            failures.Add("Mailing:RateLimits:ThrottleFactor must be greater than 0 and less than 1.");
        }

        if (!(BurstSeconds > 0 && BurstSeconds <= 60))
        {
            failures.Add("Mailing:RateLimits:BurstSeconds must be greater than 0 and at most 60.");
        }

        if (!(RecoveryStep > 0) || double.IsInfinity(RecoveryStep))
        {
            failures.Add("Mailing:RateLimits:RecoveryStep must be positive.");
        }

        if (RecoveryInterval <= TimeSpan.Zero)
        {
            failures.Add("Mailing:RateLimits:RecoveryInterval must be positive.");
        }

        if (MinimumPerSecond > DefaultPerDomainPerSecond)
        {
            failures.Add("Mailing:RateLimits:MinimumPerSecond must not exceed DefaultPerDomainPerSecond.");
        }
    }

    private static void Rate(ICollection<string> failures, string name, double value)
    {
        if (!(value > 0 && value <= 1_000_000))
        {
            failures.Add($"Mailing:RateLimits:{name} must be greater than 0 and at most 1,000,000 messages per second.");
        }
    }
}
