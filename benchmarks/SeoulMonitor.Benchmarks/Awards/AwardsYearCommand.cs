using System.Diagnostics;
using System.Globalization;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>
/// The full-scale year (issue 6): <c>awards-year [--monitors 1500] [--tasks 45] [--submissions 20000] [--seed 2026]
/// [--provider sqlite|postgres]</c>. Sets up the year (<see cref="AwardsYearWorld"/>), then measures
/// <see cref="Core.Incentives.Awards.AwardCycleService.ComputeNominationsAsync"/> (every active monitor's explainable
/// score, ranks and the community ranking, saved) once, cold, sampling the process's resident memory every 20 ms, and
/// then the stipend recalculation of the same year (<see cref="Core.Incentives.Stipends.StipendCalculator.RecalculateAsync"/>:
/// every completed participation and verified community activity becomes a ledger entry). Prints
/// <c>provider=… setup_seconds=…</c>, then <c>nominations_seconds=… monitors=… communities=… peak_rss_mb=…</c>, then
/// <c>stipend_entries_created=… evidence=…</c> and <c>stipends_seconds=… peak_rss_mb=…</c>. The warmed-up, repeated
/// timings of the same operations are <see cref="AwardsYearBenchmarks"/>.
/// </summary>
internal static class AwardsYearCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = AwardsYearArguments.Parse(args);
        if (arguments is null)
        {
            return 2;
        }

        await using var world = await AwardsYearWorld.CreateAsync(arguments).ConfigureAwait(false);
        Console.WriteLine(world.Summary);
        using var process = Process.GetCurrentProcess();

        var (elapsed, before, peak, view) = await MeasureAsync(process, world.ComputeNominationsAsync).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nominations_seconds={elapsed.TotalSeconds:F2} monitors={view.MonitorNominations} communities={view.CommunityNominations} rss_before_mb={Mb(before)} peak_rss_mb={Mb(peak)}"));

        var (stipendsElapsed, stipendsBefore, stipendsPeak, report) = await MeasureAsync(process, world.RecalculateStipendsAsync).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stipend_entries_created={report.Created} evidence={report.Evidence}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stipends_seconds={stipendsElapsed.TotalSeconds:F2} rss_before_mb={Mb(stipendsBefore)} peak_rss_mb={Mb(stipendsPeak)}"));
        return 0;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="operation"/> once, timing it and sampling the resident memory every 20 ms.</summary>
    private static async Task<(TimeSpan Elapsed, long Before, long Peak, T Value)> MeasureAsync<T>(
        Process process, Func<CancellationToken, Task<T>> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), process.WorkingSet64));
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            }
        });

        var watch = Stopwatch.StartNew();
        var value = await operation(CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        process.Refresh();
        return (watch.Elapsed, before, Math.Max(Interlocked.Read(ref peak), process.WorkingSet64), value);
    }
}
