using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Benchmarks.Audiences;

/// <summary>
/// The audience benchmark (issue 4): <c>audience --subscribers N --provider sqlite|postgres [--connection "..."]</c>.
/// Seeds N subscribers with consents on two lists in a fresh database (a temporary SQLite file, or a new database on a
/// throwaway PostgreSQL cluster unless <c>--connection</c> names one), saves a segment over both lists and half the
/// districts, and streams it through <see cref="AudienceResolver"/>, sampling the process's resident memory. Prints
/// <c>rss_before_mb=…</c> and then <c>recipients=… seconds=… rate=… peak_rss_mb=…</c>.
/// </summary>
internal static class AudienceCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = AudienceArguments.Parse(args);
        if (arguments is null)
        {
            return 2;
        }

        string? file = null;
        string connection;
        if (arguments.Provider == StorageProvider.Sqlite)
        {
            file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-audience-{Guid.NewGuid():N}.db");
            connection = arguments.Connection ?? $"Data Source={file};Pooling=False;Default Timeout=600";
        }
        else
        {
            connection = arguments.Connection ?? await (await PostgresServer.GetAsync().ConfigureAwait(false)).CreateDatabaseAsync("audience").ConfigureAwait(false);
        }

        try
        {
            return await RunAsync(arguments, connection).ConfigureAwait(false);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in file is null ? [] : new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<int> RunAsync(AudienceArguments arguments, string connection)
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
        string key;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync().ConfigureAwait(false);
            await AudienceSeeder.SeedAsync(db, arguments.Subscribers, CancellationToken.None).ConfigureAwait(false);
            var districts = string.Join(',', AudienceSeeder.Districts.Take(13).Select(d => $"{{\"province\":\"11\",\"district\":\"{d}\"}}"));
            var segment = await scope.ServiceProvider.GetRequiredService<SegmentService>().CreateAsync(
                Actor.System, new SegmentDraft("benchmark", DeliveryChannel.Email, $"{{\"lists\":[\"list-a\",\"list-b\"],\"districts\":[{districts}]}}")).ConfigureAwait(false);
            key = segment.IsSuccess ? segment.Value.AudienceKey : throw new InvalidOperationException(segment.Error.Code);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider={arguments.Provider} subscribers={arguments.Subscribers} setup_seconds={setup.Elapsed.TotalSeconds:F1}"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rss_before_mb={before / 1048576.0:F1}"));

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
        var resolver = provider.GetRequiredService<AudienceResolver>();
        var watch = Stopwatch.StartNew();
        long recipients = 0, checksum = 0;
        await foreach (var member in resolver.ReadAsync(key).ConfigureAwait(false))
        {
            recipients++;
            checksum += member.Address.Length;
        }

        watch.Stop();
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recipients={recipients} seconds={seconds:F2} rate={recipients / seconds:F0} peak_rss_mb={peak / 1048576.0:F1} checksum={checksum}"));
        return 0;
    }
}
