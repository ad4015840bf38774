using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Collects the suppressions it is told about.</summary>
internal sealed class FakeBounceObserver : IBounceObserver
{
    public List<BounceSuppression> Suppressions { get; } = [];

    public Task OnSuppressedAsync(BounceSuppression suppression, CancellationToken cancellationToken = default)
    {
        lock (Suppressions)
        {
            Suppressions.Add(suppression);
        }

        return Task.CompletedTask;
    }
}
