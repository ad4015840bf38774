using SeoulMonitor.Core.Audiences.Outbox;

namespace SeoulMonitor.Host.Audiences;

/// <summary>Sends the subscription outbox (confirmation and re-consent messages) every <see cref="Interval"/>.</summary>
internal sealed partial class SubscriptionsOutboxService(OutboxDrainer drainer, TimeProvider time, ILogger<SubscriptionsOutboxService> logger) : BackgroundService
{
    /// <summary>The pause between passes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await drainer.DrainOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                DrainFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(900, LogLevel.Warning, "The subscription outbox pass failed.")]
    private static partial void DrainFailed(ILogger logger, Exception exception);
}
