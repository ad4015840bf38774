using SeoulMonitor.Host.Suppressions;

namespace SeoulMonitor.Host.Tests.Suppressions;

public sealed class SuppressionSyncOptionsValidatorTests
{
    public static TheoryData<string, Action<SuppressionSyncOptions>, bool> Cases => new()
    {
        { "defaults", _ => { }, true },
        { "interval 1 s", o => o.Interval = TimeSpan.FromSeconds(1), true },
        { "interval below 1 s", o => o.Interval = TimeSpan.FromMilliseconds(999), false },
        { "interval 10 min", o => o.Interval = TimeSpan.FromMinutes(10), true },
        { "interval above 10 min", o => o.Interval = TimeSpan.FromMinutes(10).Add(TimeSpan.FromTicks(1)), false },
        { "sweep 1 min", o => o.SweepInterval = TimeSpan.FromMinutes(1), true },
        { "sweep below 1 min", o => o.SweepInterval = TimeSpan.FromSeconds(59), false },
        { "sweep 1 day", o => o.SweepInterval = TimeSpan.FromDays(1), true },
        { "sweep above 1 day", o => o.SweepInterval = TimeSpan.FromDays(1).Add(TimeSpan.FromSeconds(1)), false },
        { "page 1", o => o.SweepPageSize = 1, true },
        { "page 0", o => o.SweepPageSize = 0, false },
        { "page 1000", o => o.SweepPageSize = SuppressionSyncOptionsValidator.MaxSweepPageSize, true },
        { "page 1001", o => o.SweepPageSize = SuppressionSyncOptionsValidator.MaxSweepPageSize + 1, false },
        { "overlap 0", o => o.FollowOverlap = TimeSpan.Zero, true },
        { "overlap negative", o => o.FollowOverlap = TimeSpan.FromSeconds(-1), false },
        { "overlap 1 h", o => o.FollowOverlap = TimeSpan.FromHours(1), true },
        { "overlap above 1 h", o => o.FollowOverlap = TimeSpan.FromHours(1).Add(TimeSpan.FromSeconds(1)), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Boundaries_AcceptedOrRefused(string name, Action<SuppressionSyncOptions> change, bool valid)
    {
        var options = new SuppressionSyncOptions();
        change(options);

        var result = new SuppressionSyncOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded == valid, $"{name}: {result.FailureMessage}");
    }
}
