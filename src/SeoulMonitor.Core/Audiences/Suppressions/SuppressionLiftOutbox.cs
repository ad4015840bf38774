using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// The durable queue of lifts still to apply to the mail engine's list (see <see cref="SuppressionLift"/>): the host
/// takes the due ones in id order, applies each (idempotently) and marks it applied, or failed with a doubling delay
/// capped at <see cref="SuppressionLimits.LiftMaxRetryDelay"/>. A lift is never dropped. Also the feed by which every
/// node brings its in-memory gate in line with applied lifts.
/// </summary>
public sealed class SuppressionLiftOutbox
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;

    internal SuppressionLiftOutbox(SeoulMonitorDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>
    /// Pending lifts in id order, at most <paramref name="max"/> (1–<see cref="SuppressionLimits.LiftBatchSize"/>), up to
    /// the first one that is not due yet (waiting after a failure): lifts are applied strictly in the order they were
    /// made.
    /// </summary>
    public async Task<IReadOnlyList<SuppressionLiftView>> DueAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, SuppressionLimits.LiftBatchSize);
        var now = _time.GetUtcNow();
        var rows = await _db.Set<SuppressionLift>().AsNoTracking()
            .Where(l => l.AppliedAt == null)
            .OrderBy(l => l.Id).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.TakeWhile(l => l.NextAttemptAt is null || l.NextAttemptAt <= now).Select(SuppressionLiftView.From)];
    }

    /// <summary>Pending lifts (not yet applied to the engine), for health and the lookup.</summary>
    public Task<int> PendingCountAsync(CancellationToken cancellationToken = default) =>
        _db.Set<SuppressionLift>().CountAsync(l => l.AppliedAt == null, cancellationToken);

    /// <summary>Whether Core's list has the address again (suppressed after the lift): the engine's entry must then stay.</summary>
    public Task<bool> IsSupersededAsync(SuppressionLiftView lift, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lift);
        return _db.Set<SuppressionEntry>().AnyAsync(s => s.Channel == lift.Channel && s.AddressHash == lift.AddressHash, cancellationToken);
    }

    /// <summary>Marks a lift applied with its outcome; false when it was already applied (nothing written).</summary>
    public async Task<bool> CompleteAsync(long id, SuppressionLiftOutcome outcome, CancellationToken cancellationToken = default)
    {
        var lift = await _db.Set<SuppressionLift>().SingleOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
        if (lift is null || lift.AppliedAt is not null)
        {
            return false;
        }

        lift.AppliedAt = _time.GetUtcNow();
        lift.Outcome = outcome;
        lift.NextAttemptAt = null;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records a failed attempt: tried again after 30 s, 1 min, 2 min, … up to an hour. Returns the next attempt time.</summary>
    public async Task<DateTimeOffset?> FailAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var lift = await _db.Set<SuppressionLift>().SingleOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
        if (lift is null || lift.AppliedAt is not null)
        {
            return null;
        }

        lift.Attempts++;
        lift.LastError = error.Length <= AudienceLimits.ReasonMaxLength ? error : error[..AudienceLimits.ReasonMaxLength];
        lift.NextAttemptAt = _time.GetUtcNow() + RetryDelay(lift.Attempts);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return lift.NextAttemptAt;
    }

    /// <summary>
    /// Lifts applied at or after <paramref name="since"/>, in the order they were applied, after the keyset
    /// (<paramref name="since"/>, <paramref name="afterId"/>), at most <paramref name="max"/>.
    /// </summary>
    public async Task<IReadOnlyList<SuppressionLiftView>> AppliedSinceAsync(
        DateTimeOffset since, long afterId, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var rows = await _db.Set<SuppressionLift>().AsNoTracking()
            .Where(l => l.AppliedAt > since || (l.AppliedAt == since && l.Id > afterId))
            .OrderBy(l => l.AppliedAt).ThenBy(l => l.Id).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(SuppressionLiftView.From);
    }

    /// <summary>The delay after the <paramref name="attempts"/>-th failure: 30 s doubling, at most an hour.</summary>
    public static TimeSpan RetryDelay(int attempts)
    {
        var doubled = SuppressionLimits.LiftFirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return doubled < SuppressionLimits.LiftMaxRetryDelay ? doubled : SuppressionLimits.LiftMaxRetryDelay;
    }
}
