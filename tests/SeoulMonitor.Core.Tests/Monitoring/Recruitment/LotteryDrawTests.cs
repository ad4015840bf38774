using SeoulMonitor.Core.Monitoring.Recruitment;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>The lottery's generator and shuffle are fixed algorithms: pinned here so a change cannot go unnoticed.</summary>
public sealed class LotteryDrawTests
{
    [Fact]
    public void SplitMix64_SeedZero_MatchesTheReferenceOutput()
    {
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
    }

    [Fact]
    public void NextBelow_ManyDraws_StayInRangeAndCoverIt()
    {
        var random = new SplitMix64(123);
        var seen = new HashSet<ulong>();
        for (var i = 0; i < 1000; i++)
        {
            var r = random.NextBelow(7);
            Assert.InRange(r, 0UL, 6UL);
            seen.Add(r);
        }

        Assert.Equal(7, seen.Count);
    }

    [Fact]
    public void Draw_SameSeedAnyInputOrder_SameOrderAndAPermutation()
    {
        var ids = Enumerable.Range(0, 50).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

        var a = LotteryDraw.Draw(99, ids);
        var b = LotteryDraw.Draw(99, ids.Reverse());
        var other = LotteryDraw.Draw(100, ids);

        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
        Assert.Equal(ids.Order(), a.Order());
    }

    [Fact]
    public void Draw_PinnedSeed_GivesThePinnedOrder()
    {
        var ids = Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

        var order = LotteryDraw.Draw(2026, ids).Select(g => g.ToString("N")[..8]);

        // Computed independently (a few lines of Python over the same SplitMix64 and Fisher–Yates).
        Assert.Equal("00000004,00000001,00000003,00000005,00000002", string.Join(',', order));
    }

    [Fact]
    public void Draw_EmptyOrSingle_Trivial()
    {
        Assert.Empty(LotteryDraw.Draw(1, []));
        var one = Guid.NewGuid();
        Assert.Equal([one], LotteryDraw.Draw(1, [one]));
    }
}
