using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Diagnostics;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>
/// Keeps Core's suppression list and the mail engine's in agreement. The rule:
/// <list type="bullet">
/// <item>Engine → Core: every engine suppression (5xx, hard bounce, complaint, soft-bounce threshold, SMS carrier
/// failure, one-click unsubscription) is in Core's list with its reason, source <c>Engine</c> — at once for bounces
/// (<see cref="Bounces.CoreSuppressionMirror"/>), and by the sweep (<see cref="SweepOnceAsync"/>) for everything, which
/// repairs any mirror a crash interrupted. An engine entry no newer than the address's latest lift is the lift's stale
/// copy and is skipped.</item>
/// <item>Core → engine: a lift by staff writes a durable <see cref="SuppressionLift"/> in the same transaction;
/// <see cref="ApplyLiftsOnceAsync"/> removes the engine's entry of that channel (idempotent), strictly in lift order,
/// and retries a failure with a growing delay, so a crash between the two writes is repaired by the next pass. A
/// lift is not applied when Core suppressed the address again after it (the engine's entry stays).</item>
/// <item>Each node: <see cref="FollowLiftsOnceAsync"/> brings this node's in-memory gate in line with lifts applied on
/// any node.</item>
/// </list>
/// Staff additions to Core's list are not copied to the engine: Core's send-time gate already refuses them.
/// </summary>
internal sealed partial class SuppressionSync : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IEngineSuppressions _engine;
    private readonly TimeProvider _time;
    private readonly SuppressionSyncOptions _options;
    private readonly ILogger<SuppressionSync> _logger;
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly SemaphoreSlim _following = new(1, 1);
    private DateTimeOffset _followedAt;

    public SuppressionSync(
        IServiceScopeFactory scopes, IEngineSuppressions engine, TimeProvider time, IOptions<SuppressionSyncOptions> options, ILogger<SuppressionSync> logger)
    {
        _scopes = scopes;
        _engine = engine;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _followedAt = time.GetUtcNow() - TimeSpan.FromHours(1);
    }

    /// <summary>
    /// Applies the due lifts to the engine in order; stops at the first failure (recorded, retried later). Returns how
    /// many were applied.
    /// </summary>
    public async Task<int> ApplyLiftsOnceAsync(CancellationToken cancellationToken = default)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<SuppressionLiftOutbox>();
            var applied = 0;
            while (true)
            {
                var due = await outbox.DueAsync(SuppressionLimits.LiftBatchSize, cancellationToken);
                foreach (var lift in due)
                {
                    SuppressionLiftOutcome outcome;
                    try
                    {
                        outcome = await ApplyAsync(outbox, lift, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        var next = await outbox.FailAsync(lift.Id, e.Message, cancellationToken);
                        _logger.SuppressionLiftFailed(e, lift.Id, lift.Attempts + 1, next);
                        return applied;
                    }

                    await outbox.CompleteAsync(lift.Id, outcome, cancellationToken);
                    _logger.SuppressionLiftApplied(lift.Id, lift.Channel.ToString(), outcome.ToString());
                    applied++;
                }

                if (due.Count < SuppressionLimits.LiftBatchSize)
                {
                    return applied;
                }
            }
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>
    /// Refreshes this node's gate for every lift applied since the last pass (looking back <see
    /// cref="SuppressionSyncOptions.FollowOverlap"/> further). Returns how many lifts it looked at.
    /// </summary>
    public async Task<int> FollowLiftsOnceAsync(CancellationToken cancellationToken = default)
    {
        await _following.WaitAsync(cancellationToken);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<SuppressionLiftOutbox>();
            var (since, after, latest, seen) = (_followedAt - _options.FollowOverlap, 0L, _followedAt, 0);
            while (true)
            {
                var page = await outbox.AppliedSinceAsync(since, after, SuppressionLimits.LiftBatchSize, cancellationToken);
                foreach (var lift in page)
                {
                    if (lift.Address is { } address)
                    {
                        await _engine.RefreshAsync(lift.Channel, address, cancellationToken);
                    }
                }

                seen += page.Count;
                if (page.Count > 0)
                {
                    (since, after) = (page[^1].AppliedAt!.Value, page[^1].Id);
                    latest = since > latest ? since : latest;
                }

                if (page.Count < SuppressionLimits.LiftBatchSize)
                {
                    break;
                }
            }

            _followedAt = latest;
            _logger.SuppressionLiftsFollowed(seen);
            return seen;
        }
        finally
        {
            _following.Release();
        }
    }

    public void Dispose()
    {
        _applying.Dispose();
        _following.Dispose();
    }

    private async Task<SuppressionLiftOutcome> ApplyAsync(SuppressionLiftOutbox outbox, SuppressionLiftView lift, CancellationToken cancellationToken) =>
        lift.Address is not { } address ? SuppressionLiftOutcome.HashOnly
        : await outbox.IsSupersededAsync(lift, cancellationToken) ? SuppressionLiftOutcome.Superseded
        : await _engine.LiftAsync(lift.Channel, address, cancellationToken) ? SuppressionLiftOutcome.Lifted
        : SuppressionLiftOutcome.Absent;
}
