using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>
/// The full-scale year (issue 6): <c>awards-year [--monitors 1500] [--tasks 45] [--submissions 20000] [--seed 2026]
/// [--provider sqlite|postgres]</c>. Seeds a year into a fresh database (<see cref="AwardsYearSeeder"/>), opens the
/// year's award cycle and measures <see cref="AwardCycleService.ComputeNominationsAsync"/> (every active monitor's
/// explainable score, ranks and the community ranking, saved), sampling the process's resident memory every 20 ms.
/// Prints <c>setup_seconds=…</c>, then <c>nominations_seconds=… monitors=… communities=… peak_rss_mb=…</c>, then the
/// stipend line from <see cref="TimeStipendRecalculationAsync"/>.
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

        var file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-awards-{Guid.NewGuid():N}.db");
        var connection = arguments.Provider == StorageProvider.Sqlite
            ? $"Data Source={file};Pooling=False;Default Timeout=600"
            : await (await PostgresServer.GetAsync().ConfigureAwait(false)).CreateDatabaseAsync("awards").ConfigureAwait(false);
        try
        {
            return await RunAsync(arguments, connection).ConfigureAwait(false);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// Times the stipend recalculation of the same year (<see cref="StipendCalculator.RecalculateAsync"/>: every
    /// completed participation and verified community activity becomes a ledger entry) after setting up the year's
    /// field-activity budget line and default rule.
    /// </summary>
    internal static async Task<TimeSpan?> TimeStipendRecalculationAsync(IServiceProvider services, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The year's field-activity line (large enough for every entry) and its default rule: 30,000 won a completed
        // participation, 50,000 won a verified community activity. Set-up, not measured.
        var db = services.GetRequiredService<SeoulMonitorDbContext>();
        db.Add(new BudgetYear { Year = year });
        db.Add(new BudgetLine
        {
            Id = Guid.NewGuid(), Year = year, Category = "행사실비보상금", Name = "서울시민모니터 현장 활동비", Purpose = BudgetPurpose.FieldActivity,
            Amount = 1_000_000_000, Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var staff = Actor.Staff("benchmark");
        var rule = await services.GetRequiredService<StipendRuleService>()
            .SetAsync(new StipendRuleRequest(year, null, 30_000, 50_000), staff, cancellationToken).ConfigureAwait(false);
        if (!rule.IsSuccess)
        {
            throw new InvalidOperationException($"The stipend rule was refused: {rule.Error.Code}");
        }

        var watch = Stopwatch.StartNew();
        var report = await services.GetRequiredService<StipendCalculator>().RecalculateAsync(year, staff, cancellationToken).ConfigureAwait(false);
        watch.Stop();
        if (!report.IsSuccess)
        {
            throw new InvalidOperationException($"The recalculation was refused: {report.Error.Code}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stipend_entries_created={report.Value.Created} evidence={report.Value.Evidence}"));
        return watch.Elapsed;
    }

    private static async Task<int> RunAsync(AwardsYearArguments arguments, string connection)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSeoulMonitorCore(o =>
        {
            o.Storage.Provider = arguments.Provider;
            o.Storage.ConnectionString = connection;
        });
        await using var provider = services.BuildServiceProvider();
        var setup = Stopwatch.StartNew();
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync().ConfigureAwait(false);
            var (participations, submissions, attendances, activities) = await AwardsYearSeeder.SeedAsync(db, arguments, CancellationToken.None).ConfigureAwait(false);
            var opened = await scope.ServiceProvider.GetRequiredService<AwardCycleService>()
                .OpenAsync(new OpenAwardCycleRequest(AwardsYearSeeder.Year, 30, 5), Actor.System).ConfigureAwait(false);
            _ = opened.IsSuccess ? opened.Value : throw new InvalidOperationException(opened.Error.Code);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"provider={arguments.Provider} monitors={arguments.Monitors} tasks={arguments.Tasks} participations={participations} submissions={submissions} attendances={attendances} activities={activities} setup_seconds={setup.Elapsed.TotalSeconds:F1}"));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            }
        });

        var watch = Stopwatch.StartNew();
        Result<AwardCycleView> computed;
        await using (var scope = provider.CreateAsyncScope())
        {
            computed = await scope.ServiceProvider.GetRequiredService<AwardCycleService>()
                .ComputeNominationsAsync(AwardsYearSeeder.Year, Actor.System).ConfigureAwait(false);
        }

        watch.Stop();
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        var view = computed.IsSuccess ? computed.Value : throw new InvalidOperationException(computed.Error.Code);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nominations_seconds={watch.Elapsed.TotalSeconds:F2} monitors={view.MonitorNominations} communities={view.CommunityNominations} rss_before_mb={before / 1048576.0:F1} peak_rss_mb={peak / 1048576.0:F1}"));

        await using (var scope = provider.CreateAsyncScope())
        {
            var stipends = await TimeStipendRecalculationAsync(scope.ServiceProvider, AwardsYearSeeder.Year, CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine(stipends is { } elapsed
                ? string.Create(CultureInfo.InvariantCulture, $"stipends_seconds={elapsed.TotalSeconds:F2}")
                : "stipends_seconds=n/a");
        }

        return 0;
    }
}
