using System.Collections.Concurrent;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// The current rate of each campaign: an exponentially weighted moving average of recipients reaching a final state
/// per second, from successive observations of the ledger's counts (so it covers every node, not only this one).
/// </summary>
internal sealed class ProgressTracker
{
    /// <summary>The weight of the newest observation.</summary>
    internal const double Alpha = 0.3;

    private static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(200);
    private readonly ConcurrentDictionary<Guid, Sample> _samples = new();

    /// <summary>Records that <paramref name="final"/> recipients were final at <paramref name="at"/>; returns the rate, when known.</summary>
    public double? Observe(Guid campaignId, long final, DateTimeOffset at)
    {
        while (true)
        {
            if (!_samples.TryGetValue(campaignId, out var previous))
            {
                if (_samples.TryAdd(campaignId, new Sample(final, at, null)))
                {
                    return null;
                }

                continue;
            }

            var elapsed = at - previous.At;
            if (elapsed < MinimumGap)
            {
                return previous.Rate;
            }

            var instant = Math.Max(0, final - previous.Final) / elapsed.TotalSeconds;
            var rate = previous.Rate is { } old ? (Alpha * instant) + ((1 - Alpha) * old) : instant;
            if (_samples.TryUpdate(campaignId, new Sample(final, at, rate), previous))
            {
                return rate;
            }
        }
    }

    /// <summary>The time left for <paramref name="remaining"/> recipients at <paramref name="rate"/>, when it can be told.</summary>
    public static TimeSpan? Eta(long remaining, double? rate) =>
        remaining == 0 ? TimeSpan.Zero
        : rate is > 0 and var r && remaining / r < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(remaining / r)
        : null;

    private sealed record Sample(long Final, DateTimeOffset At, double? Rate);
}
