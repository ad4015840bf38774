using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>
/// The full-scale year shared by the <c>awards-year</c> command and <see cref="AwardsYearBenchmarks"/>: a fresh
/// database (a temporary SQLite file, or a new database on a throwaway PostgreSQL cluster), migrated and seeded by
/// <see cref="AwardsYearSeeder"/>, with the year's award cycle opened (30 monitor awards, 5 community awards), the
/// year's field-activity budget line (1,000,000,000 won, large enough for every entry) and its default stipend rule
/// (30,000 won a completed participation, 50,000 won a verified community activity). Disposing it removes the SQLite
/// file or stops and removes the PostgreSQL cluster.
/// </summary>
internal sealed class AwardsYearWorld : IAsyncDisposable
{
    private static readonly Actor Staff = Actor.Staff("benchmark");
    private readonly string? _file;
    private readonly PostgresServer? _server;

    private AwardsYearWorld(AwardsYearArguments arguments, string? file, PostgresServer? server, ServiceProvider services)
    {
        Arguments = arguments;
        _file = file;
        _server = server;
        Services = services;
    }

    public AwardsYearArguments Arguments { get; }

    public ServiceProvider Services { get; }

    /// <summary>The seeder's counts and the set-up time, as one line (<c>provider=… setup_seconds=…</c>).</summary>
    public string Summary { get; private set; } = string.Empty;

    public static async Task<AwardsYearWorld> CreateAsync(AwardsYearArguments arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var setup = Stopwatch.StartNew();
        string? file = null;
        PostgresServer? server = null;
        string connection;
        if (arguments.Provider == StorageProvider.Sqlite)
        {
            file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-awards-{Guid.NewGuid():N}.db");
            connection = $"Data Source={file};Pooling=False;Default Timeout=600";
        }
        else
        {
            server = await PostgresServer.GetAsync().ConfigureAwait(false);
            connection = await server.CreateDatabaseAsync("awards").ConfigureAwait(false);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSeoulMonitorCore(o =>
        {
            o.Storage.Provider = arguments.Provider;
            o.Storage.ConnectionString = connection;
        });
        var world = new AwardsYearWorld(arguments, file, server, services.BuildServiceProvider());
        try
        {
            await world.SeedAsync(setup, cancellationToken).ConfigureAwait(false);
            return world;
        }
        catch
        {
            await world.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Computes (replaces) the year's award nominations in a scope of its own.</summary>
    public async Task<AwardCycleView> ComputeNominationsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var computed = await scope.ServiceProvider.GetRequiredService<AwardCycleService>()
            .ComputeNominationsAsync(AwardsYearSeeder.Year, Actor.System, cancellationToken).ConfigureAwait(false);
        return computed.IsSuccess ? computed.Value : throw new InvalidOperationException($"The nominations were refused: {computed.Error.Code}");
    }

    /// <summary>Recalculates the year's stipend ledger in a scope of its own (staff).</summary>
    public async Task<RecalculationReport> RecalculateStipendsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<StipendCalculator>()
            .RecalculateAsync(AwardsYearSeeder.Year, Staff, cancellationToken).ConfigureAwait(false);
        return report.IsSuccess ? report.Value : throw new InvalidOperationException($"The recalculation was refused: {report.Error.Code}");
    }

    /// <summary>
    /// Benchmark set-up only: deletes the year's derived stipend entries so the next recalculation derives them all
    /// again. They are all Calculated (never approved), so no budget line holds a commitment for them; the
    /// recalculations' summary audit records stay (the trail is append-only; one row more per run changes nothing).
    /// </summary>
    public async Task<int> RemoveStipendEntriesAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        if (await db.Set<StipendEntry>().AnyAsync(e => e.Year == AwardsYearSeeder.Year && e.State != StipendEntryState.Calculated, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("Only calculated entries may be removed between benchmark iterations.");
        }

        return await db.Set<StipendEntry>().Where(e => e.Year == AwardsYearSeeder.Year).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var path in _file is null ? [] : new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private async Task SeedAsync(Stopwatch setup, CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var (participations, submissions, attendances, activities) = await AwardsYearSeeder.SeedAsync(db, Arguments, cancellationToken).ConfigureAwait(false);
        await SetUpYearAsync(cancellationToken).ConfigureAwait(false);
        var a = Arguments;
        Summary = string.Create(CultureInfo.InvariantCulture,
            $"provider={a.Provider} monitors={a.Monitors} tasks={a.Tasks} participations={participations} submissions={submissions} attendances={attendances} activities={activities} setup_seconds={setup.Elapsed.TotalSeconds:F1}");
    }

    /// <summary>
    /// Opens the award cycle and sets up the budget line and rule in a scope of their own: the seeder's context has
    /// change detection off, so the services' tracked updates (the audit head among them) would not be saved there.
    /// </summary>
    private async Task SetUpYearAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var opened = await scope.ServiceProvider.GetRequiredService<AwardCycleService>()
            .OpenAsync(new OpenAwardCycleRequest(AwardsYearSeeder.Year, 30, 5), Actor.System, cancellationToken).ConfigureAwait(false);
        _ = opened.IsSuccess ? opened.Value : throw new InvalidOperationException($"The award cycle was refused: {opened.Error.Code}");

        db.Add(new BudgetYear { Year = AwardsYearSeeder.Year });
        db.Add(new BudgetLine
        {
            Id = Guid.NewGuid(), Year = AwardsYearSeeder.Year, Category = "행사실비보상금", Name = "서울시민모니터 현장 활동비",
            Purpose = BudgetPurpose.FieldActivity, Amount = 1_000_000_000, Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var rule = await scope.ServiceProvider.GetRequiredService<StipendRuleService>()
            .SetAsync(new StipendRuleRequest(AwardsYearSeeder.Year, null, 30_000, 50_000), Staff, cancellationToken).ConfigureAwait(false);
        _ = rule.IsSuccess ? rule.Value : throw new InvalidOperationException($"The stipend rule was refused: {rule.Error.Code}");
    }
}
