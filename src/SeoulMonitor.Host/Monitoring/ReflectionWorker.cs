using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Monitoring.Findings;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Runs the reflection SLA (<see cref="ReflectionSlaService"/>) every <see cref="ReflectionOptions.RunInterval"/>
/// (hourly by default) on the host's <see cref="TimeProvider"/>; a failed run is logged and retried on the next interval.
/// Operators can also run it from <c>POST /api/monitoring/reflection/run</c>.
/// </summary>
internal sealed class ReflectionWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ReflectionOptions _options;
    private readonly ILogger<ReflectionWorker> _logger;

    public ReflectionWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReflectionOptions> options, ILogger<ReflectionWorker> logger)
    {
        _scopes = scopes;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (_options.Scheduled && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.RunInterval, _time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.SlaFailed(e);
            }
        }
    }

    /// <summary>One run in its own scope.</summary>
    internal async Task<ReflectionSlaRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReflectionSlaService>().RunAsync(cancellationToken);
    }
}
