using SeoulMonitor.Host.Suppressions;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Tests.Suppressions;

/// <summary>
/// The engine seam with a crash injected into the next <see cref="Failures"/> lifts: before the engine's write (the
/// host died between Core's commit and the engine), or after it (the engine wrote but the host died before recording it).
/// </summary>
internal sealed class FaultyEngineSuppressions(IEngineSuppressions inner, bool afterWrite) : IEngineSuppressions
{
    public int Failures { get; set; } = 1;

    public int LiftCalls { get; private set; }

    public async Task<bool> LiftAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken)
    {
        LiftCalls++;
        if (Failures > 0 && !afterWrite)
        {
            Failures--;
            throw new IOException("The engine's ledger is unreachable (injected).");
        }

        var removed = await inner.LiftAsync(channel, address, cancellationToken);
        if (Failures > 0)
        {
            Failures--;
            throw new IOException("The host died after the engine's write (injected).");
        }

        return removed;
    }

    public Task<bool> RefreshAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken) =>
        inner.RefreshAsync(channel, address, cancellationToken);

    public Task<SuppressionRecord?> GetAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken) =>
        inner.GetAsync(channel, address, cancellationToken);

    public Task<IReadOnlyList<SuppressionRecord>> ListAsync(DeliveryChannel channel, string? afterKey, int limit, CancellationToken cancellationToken) =>
        inner.ListAsync(channel, afterKey, limit, cancellationToken);
}
