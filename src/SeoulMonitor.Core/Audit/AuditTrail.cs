using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audit;

/// <summary>
/// The append-only, hash-chained log of every state transition. Records are added inside the caller's transaction,
/// so a transition and its audit record are written together or not at all.
/// </summary>
public sealed class AuditTrail
{
    private const long PostgresLockKey = 0x5345_4f55_4c41_5544; // "SEOULAUD"

    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Guid? _headTransaction;
    private AuditHead? _head;

    /// <summary>Creates the trail over the scoped context.</summary>
    public AuditTrail(SeoulMonitorDbContext db, TimeProvider time, ILogger<AuditTrail>? logger = null)
    {
        _db = db;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Appends the record of one transition of a lifecycle.</summary>
    internal Task RecordAsync<TState, TEvent>(
        Actor actor, string entityType, string entityId, TEvent evt, TState? from, TState to, string? reason, CancellationToken cancellationToken)
        where TState : struct, Enum
        where TEvent : struct, Enum =>
        RecordAsync(actor, entityType, entityId, evt.ToString(), from?.ToString(), to.ToString(), reason, cancellationToken);

    /// <summary>Appends one record. Must run inside a transaction (see <see cref="UnitOfWork"/>).</summary>
    internal async Task RecordAsync(
        Actor actor, string entityType, string entityId, string evt, string? from, string to, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var transaction = _db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Audit records are written inside the transaction of the transition they record.");

        var head = await GetHeadAsync(transaction.TransactionId, cancellationToken).ConfigureAwait(false);
        var entry = new AuditEntry
        {
            Sequence = head.Sequence + 1,
            At = AuditHasher.Normalize(_time.GetUtcNow()),
            ActorKind = actor.Kind.ToString(),
            ActorId = actor.Id,
            EntityType = entityType,
            EntityId = entityId,
            Event = evt,
            FromState = from,
            ToState = to,
            Reason = reason,
            PreviousHash = head.Hash,
        };
        entry.Hash = AuditHasher.Compute(entry);
        _db.Set<AuditEntry>().Add(entry);
        head.Sequence = entry.Sequence;
        head.Hash = entry.Hash;
    }

    /// <summary>Reads the records of one entity (or all, when <paramref name="entityType"/> is null) in chain order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(
        string? entityType, string? entityId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = _db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence > afterSequence);
        if (entityType is not null)
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (entityId is not null)
        {
            query = query.Where(e => e.EntityId == entityId);
        }

        return await query.OrderBy(e => e.Sequence).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Walks the whole chain: every hash recomputed, every link and sequence number checked, and the head compared with
    /// the last entry. An altered, inserted or removed record breaks the chain.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var verification = await WalkAsync(cancellationToken).ConfigureAwait(false);
        if (!verification.IsIntact)
        {
            _logger.AuditChainBroken(verification.FirstBrokenSequence, verification.Problem);
        }

        return verification;
    }

    private async Task<AuditVerification> WalkAsync(CancellationToken cancellationToken)
    {
        long expected = 1;
        var previousHash = AuditHasher.Genesis;
        await foreach (var entry in StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Sequence != expected)
            {
                return new(false, expected - 1, expected, $"Entry {expected} is missing (next found: {entry.Sequence}).");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new(false, expected, entry.Sequence, $"Entry {entry.Sequence} does not link to its predecessor.");
            }

            if (!string.Equals(AuditHasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
            {
                return new(false, expected, entry.Sequence, $"Entry {entry.Sequence} was altered: its hash does not match its content.");
            }

            previousHash = entry.Hash;
            expected++;
        }

        var count = expected - 1;
        var head = await _db.Set<AuditHead>().AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var headSequence = head?.Sequence ?? 0;
        var headHash = head?.Hash ?? AuditHasher.Genesis;
        if (headSequence != count || !string.Equals(headHash, previousHash, StringComparison.Ordinal))
        {
            return new(false, count, count + 1, $"The chain ends at entry {count} but its head records entry {headSequence}: newest entries were removed or the head altered.");
        }

        return new(true, count, null, null);
    }

    private async IAsyncEnumerable<AuditEntry> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = await ReadAsync(null, null, after, 1000, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < 1000)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    private async Task<AuditHead> GetHeadAsync(Guid transactionId, CancellationToken cancellationToken)
    {
        if (_head is not null && _headTransaction == transactionId)
        {
            return _head;
        }

        if (_db.Provider == StorageProvider.PostgreSql)
        {
            // Serialises appenders across nodes for the rest of the transaction. SQLite transactions already take the
            // database's write lock when they begin.
            await _db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
        }

        var head = await _db.Set<AuditHead>().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            head = new AuditHead { Sequence = 0, Hash = AuditHasher.Genesis };
            _db.Set<AuditHead>().Add(head);
        }

        _head = head;
        _headTransaction = transactionId;
        return head;
    }
}
