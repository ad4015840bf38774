using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.RateLimiting;

namespace SeoulMonitor.Mailing.Tests.RateLimiting;

public sealed class TokenBucketTests
{
    [Fact]
    public void TryTake_BurstUsed_RefusedWithTimeUntilNextToken()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TokenBucket(10, 1, time);

        for (var i = 0; i < 10; i++)
        {
            Assert.True(bucket.TryTake(out _));
        }

        Assert.False(bucket.TryTake(out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(100), retryAfter);
    }

    [Fact]
    public void TryTake_ClockAdvances_RefillsAtTheRateUpToCapacity()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TokenBucket(10, 1, time);
        while (bucket.TryTake(out _))
        {
        }

        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(3, Takes(bucket));

        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(10, Takes(bucket));
    }

    [Fact]
    public void AttemptAcquire_Empty_DeniedLeaseCarriesRetryAfter()
    {
        var time = new FakeTimeProvider();
        using RateLimiter bucket = new TokenBucket(2, 1, time);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
        Assert.True(bucket.AttemptAcquire().IsAcquired);

        using var lease = bucket.AttemptAcquire();

        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(500), retryAfter);
        Assert.Equal(2, bucket.GetStatistics()!.TotalSuccessfulLeases);
    }

    [Fact]
    public async Task AcquireAsync_Empty_CompletesWhenTheFakeClockReachesTheNextToken()
    {
        var time = new FakeTimeProvider();
        using RateLimiter bucket = new TokenBucket(1, 1, time);
        Assert.True(bucket.AttemptAcquire().IsAcquired);

        var pending = bucket.AcquireAsync(1, TestContext.Current.CancellationToken).AsTask();
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        using var lease = await pending.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public void PerSecond_Lowered_CapacityShrinksToTheNewRate()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TokenBucket(100, 1, time);

        bucket.PerSecond = 4;

        Assert.Equal(4, Takes(bucket));
    }

    private static int Takes(TokenBucket bucket)
    {
        var n = 0;
        while (bucket.TryTake(out _))
        {
            n++;
        }

        return n;
    }
}
