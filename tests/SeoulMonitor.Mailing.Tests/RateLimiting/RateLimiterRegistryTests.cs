using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.RateLimiting;

namespace SeoulMonitor.Mailing.Tests.RateLimiting;

public sealed class RateLimiterRegistryTests
{
    private static RateLimitOptions Options() => new()
    {
        GlobalPerSecond = 1_000,
        PerTransportPerSecond = 1_000,
        DefaultPerDomainPerSecond = 10,
        Domains = new(StringComparer.OrdinalIgnoreCase) { ["naver.com"] = 4 },
        ThrottleFactor = 0.5,
        MinimumPerSecond = 1,
        RecoveryStep = 1,
        RecoveryInterval = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void TryAcquire_EachDomain_HasItsOwnBucketWithOverrideOrDefault()
    {
        var registry = new RateLimiterRegistry(Options(), new FakeTimeProvider());

        Assert.Equal(4, Acquired(registry, "naver.com", 100));
        Assert.Equal(10, Acquired(registry, "daum.net", 100));
        Assert.Equal(10, Acquired(registry, "gmail.com", 100));
        Assert.Equal(3, registry.DomainCount);
    }

    [Fact]
    public void TryAcquire_GlobalExhausted_RefundsTheDomainAndTransportTokens()
    {
        var options = Options();
        options.GlobalPerSecond = 2;
        var registry = new RateLimiterRegistry(options, new FakeTimeProvider());
        Assert.Equal(2, Acquired(registry, "daum.net", 100));

        Assert.False(registry.TryAcquire("smtp", "daum.net", out var retryAfter));

        Assert.Equal(TimeSpan.FromMilliseconds(500), retryAfter);
        Assert.Equal(8, registry.GetDomainBucket("daum.net").GetStatistics().CurrentAvailablePermits);
        Assert.Equal(998, registry.GetTransport("smtp").GetStatistics().CurrentAvailablePermits);
    }

    [Fact]
    public void TryAcquire_TransportLimit_AppliesPerTransportName()
    {
        var options = Options();
        options.PerTransportPerSecond = 3;
        var registry = new RateLimiterRegistry(options, new FakeTimeProvider());

        Assert.Equal(3, Acquired(registry, "a.example", 100, "smtp"));
        Assert.Equal(3, Acquired(registry, "b.example", 100, "pickup"));
    }

    [Fact]
    public void OnThrottled_Domain_HalvesOnlyThatDomainDownToTheFloor()
    {
        var registry = new RateLimiterRegistry(Options(), new FakeTimeProvider());

        registry.OnThrottled("naver.com");
        Assert.Equal(2, registry.GetDomainRate("naver.com"));
        registry.OnThrottled("naver.com");
        registry.OnThrottled("naver.com");
        registry.OnThrottled("naver.com");

        Assert.Equal(1, registry.GetDomainRate("naver.com"));
        Assert.Equal(10, registry.GetDomainRate("daum.net"));
    }

    [Fact]
    public void GetDomainRate_QuietIntervals_RecoversAdditivelyUpToTheConfiguredRate()
    {
        var time = new FakeTimeProvider();
        var registry = new RateLimiterRegistry(Options(), time);
        registry.OnThrottled("daum.net");
        Assert.Equal(5, registry.GetDomainRate("daum.net"));

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(5, registry.GetDomainRate("daum.net"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(6, registry.GetDomainRate("daum.net"));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(8, registry.GetDomainRate("daum.net"));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(10, registry.GetDomainRate("daum.net"));
    }

    [Fact]
    public void OnThrottled_DuringRecovery_RestartsTheQuietPeriod()
    {
        var time = new FakeTimeProvider();
        var registry = new RateLimiterRegistry(Options(), time);
        registry.OnThrottled("daum.net");
        time.Advance(TimeSpan.FromSeconds(9));

        registry.OnThrottled("daum.net");
        time.Advance(TimeSpan.FromSeconds(9));

        Assert.Equal(2.5, registry.GetDomainRate("daum.net"));
    }

    [Fact]
    public void Acquire_WaitLongerThanTheMaximum_ReturnedWithoutBlocking()
    {
        var time = new FakeTimeProvider();
        var options = Options();
        options.DefaultPerDomainPerSecond = 1;
        var gate = new RateLimitGate(new RateLimiterRegistry(options, time), time, TimeSpan.FromMilliseconds(10));

        Assert.Null(gate.Acquire("smtp", "x.example", TestContext.Current.CancellationToken));
        var wait = gate.Acquire("smtp", "x.example", TestContext.Current.CancellationToken);

        Assert.NotNull(wait);
        Assert.True(wait > TimeSpan.FromMilliseconds(10));
    }

    [Theory]
    [InlineData(8, 0.5, 1, 4)]
    [InlineData(1.5, 0.5, 1, 1)]
    [InlineData(100, 0.1, 5, 10)]
    public void Decrease_Rate_MultipliesWithFloor(double current, double factor, double minimum, double expected) =>
        Assert.Equal(expected, AimdPolicy.Decrease(current, factor, minimum), 6);

    [Theory]
    [InlineData(2, 10, 1, 0, 2)]
    [InlineData(2, 10, 1, 3, 5)]
    [InlineData(9, 10, 5, 1, 10)]
    public void Recover_QuietIntervals_AddsStepsUpToConfigured(double current, double configured, double step, long intervals, double expected) =>
        Assert.Equal(expected, AimdPolicy.Recover(current, configured, step, intervals), 6);

    private static int Acquired(RateLimiterRegistry registry, string domain, int tries, string transport = "smtp")
    {
        var n = 0;
        for (var i = 0; i < tries; i++)
        {
            n += registry.TryAcquire(transport, domain, out _) ? 1 : 0;
        }

        return n;
    }
}
