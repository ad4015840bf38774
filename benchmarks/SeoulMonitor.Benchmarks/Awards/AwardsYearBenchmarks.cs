using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>
/// A program year at full scale (issue 6: 1,500 monitors, 45 tasks, 20,000 submissions, seed 2026; see
/// <see cref="AwardsYearSeeder"/>) on SQLite (a temporary file) and PostgreSQL (a throwaway cluster), set up once per
/// case by <see cref="AwardsYearWorld"/> (not measured): <c>ComputeNominations</c> replaces the year's award
/// nominations (so it repeats honestly); <c>RecalculateStipends_FreshYear</c> derives all ~8,440 stipend entries of
/// the year, its iteration set-up deleting the previous iteration's (Calculated, uncommitted) entries;
/// <c>RecalculateStipends_NoChange</c> is the idempotent re-run over a complete ledger that adds nothing.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Naming", "CA1707", Justification = "Benchmark names read Operation_Scenario in the report.")]
[Config(typeof(AwardsYearBenchmarkConfig))]
public class AwardsYearBenchmarks
{
    private AwardsYearWorld _world = null!;

    [Params(StorageProvider.Sqlite, StorageProvider.PostgreSql)]
    public StorageProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _world = await AwardsYearWorld.CreateAsync(new AwardsYearArguments(1500, 45, 20_000, 2026, Provider));
        Console.WriteLine($"// {_world.Summary}");
        var report = await _world.RecalculateStipendsAsync();
        Console.WriteLine($"// first recalculation: {report.Created} entries created from {report.Evidence} pieces of evidence");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _world.DisposeAsync();

    [IterationSetup(Target = nameof(RecalculateStipends_FreshYear))]
    public void RemoveStipendEntries() => _world.RemoveStipendEntriesAsync().GetAwaiter().GetResult();

    [Benchmark]
    public Task<AwardCycleView> ComputeNominations() => _world.ComputeNominationsAsync();

    [Benchmark]
    public async Task<RecalculationReport> RecalculateStipends_FreshYear()
    {
        var report = await _world.RecalculateStipendsAsync();
        return report.Created == report.Evidence && report.Created > 0
            ? report
            : throw new InvalidOperationException($"Expected every entry derived again, got {report}.");
    }

    [Benchmark]
    public async Task<RecalculationReport> RecalculateStipends_NoChange()
    {
        var report = await _world.RecalculateStipendsAsync();
        return report.Created == 0 && report.Reversed == 0
            ? report
            : throw new InvalidOperationException($"Expected nothing to change, got {report}.");
    }
}

/// <summary>
/// A small explicit job: 1 launch, 2 warm-ups, 6 iterations of one invocation each (every operation takes about a
/// second, and <c>RecalculateStipends_FreshYear</c> needs its iteration set-up before each invocation), and a build
/// timeout long enough for a busy machine.
/// </summary>
public sealed class AwardsYearBenchmarkConfig : ManualConfig
{
    public AwardsYearBenchmarkConfig()
    {
        AddJob(Job.Default.WithId("AwardsYear").WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6)
            .WithInvocationCount(1).WithUnrollFactor(1));

        // The generated project rebuilds Core with its analyzers: on a shared 2-core machine that outlasts the default 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
