using Microsoft.Extensions.Options;
using SeoulMonitor.Host.Diagnostics;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>
/// Runs <see cref="SuppressionSync"/> on the host's <see cref="TimeProvider"/>: every <see
/// cref="SuppressionSyncOptions.Interval"/> it applies due lifts and follows applied ones; every <see
/// cref="SuppressionSyncOptions.SweepInterval"/> (the first time one interval after start) it sweeps the engine's list
/// into Core. A failed pass is logged and runs again at the next interval (nothing is lost: the lifts are durable and
/// the sweep reads the engine's durable list).
/// </summary>
internal sealed class SuppressionSyncWorker(
    SuppressionSync sync, TimeProvider time, IOptions<SuppressionSyncOptions> options, ILogger<SuppressionSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.SuppressionSyncOff();
            return;
        }

        DateTimeOffset? nextSweep = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.Interval, time, stoppingToken);
                await sync.ApplyLiftsOnceAsync(stoppingToken);
                await sync.FollowLiftsOnceAsync(stoppingToken);
                if (nextSweep is null || time.GetUtcNow() >= nextSweep)
                {
                    nextSweep = time.GetUtcNow() + settings.SweepInterval;
                    await sync.SweepOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.SuppressionSyncFailed(e, settings.Interval);
            }
        }
    }
}
