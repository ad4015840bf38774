using SeoulMonitor.Core.Audiences.Maintenance;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Runs the consent upkeep once a day at <see cref="RunAtHour"/>:00 Seoul time, on the host's <see cref="TimeProvider"/>
/// (so tests on a fake clock never see it run unless they advance the clock). A failed run is logged and retried the
/// next day; operators can also run it from <c>POST /api/audiences/maintenance/run</c>.
/// </summary>
internal sealed class MaintenanceWorker : BackgroundService
{
    /// <summary>The Seoul hour of the daily run.</summary>
    public const int RunAtHour = 3;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<MaintenanceWorker> _logger;
    private readonly bool _enabled;

    public MaintenanceWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<ConsentMaintenanceOptions> options, ILogger<MaintenanceWorker> logger)
    {
        _enabled = options.Value.DailyRun;
        _scopes = scopes;
        _time = time;
        _logger = logger;
    }

    /// <summary>The wait from <paramref name="now"/> until the next run.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var today = SeoulCalendar.DateAt(now);
        var next = SeoulCalendar.StartOf(today).AddHours(RunAtHour);
        if (next <= now)
        {
            next = SeoulCalendar.StartOf(today.AddDays(1)).AddHours(RunAtHour);
        }

        return next - now;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (_enabled && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextRun(_time.GetUtcNow()), _time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.MaintenanceFailed(e);
            }
        }
    }

    /// <summary>One run in its own scope.</summary>
    internal async Task<MaintenanceRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentMaintenanceService>().RunAsync(Actor.System, cancellationToken);
    }
}
