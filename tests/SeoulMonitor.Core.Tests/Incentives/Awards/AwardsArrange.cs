using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Awards;

/// <summary>Drives the award services one call per scope.</summary>
internal static class AwardsArrange
{
    public static Task<T> AwardsAsync<T>(this CoreTestHost host, Func<AwardCycleService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static Task<T> ReadAwardsAsync<T>(this CoreTestHost host, Func<AwardReader, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static async Task<AwardCycleView> OpenAsync(this CoreTestHost host, int year, int monitors = 10, int communities = 3)
    {
        var opened = await host.AwardsAsync((s, ct) => s.OpenAsync(new OpenAwardCycleRequest(year, monitors, communities), IncentivesArrange.Staff, ct));
        Assert.True(opened.IsSuccess, opened.Error?.Code);
        return opened.Value;
    }

    public static Task<Result<AwardCycleView>> OpenRawAsync(this CoreTestHost host, int year, int monitors, int communities, Actor? actor = null) =>
        host.AwardsAsync((s, ct) => s.OpenAsync(new OpenAwardCycleRequest(year, monitors, communities), actor ?? IncentivesArrange.Staff, ct));
}
