using Microsoft.Extensions.Time.Testing;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> forward at about real speed (one <paramref name="step"/> per real step), so
/// the engine's polls and flushes on the fake clock keep running, while a test can still jump it (to 08:00 Seoul).
/// </summary>
internal sealed class ClockPump : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ClockPump(FakeTimeProvider time, TimeSpan step)
    {
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(step, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                time.Advance(step);
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
