using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>
/// The delivery ledger on PostgreSQL, shared by several host processes. Batches travel as typed arrays expanded with
/// <c>unnest</c>: up to <see cref="MaxRowsPerStatement"/> recipients or outcomes per statement (one round trip), claims
/// use <c>FOR UPDATE SKIP LOCKED</c> so two nodes never claim the same row.
/// </summary>
internal sealed partial class PostgresDeliveryLedger : IDeliveryLedger
{
    /// <summary>Rows per statement of a batch write: far above the 500 state changes per round trip the engine needs.</summary>
    internal const int MaxRowsPerStatement = 5000;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private long _roundTrips;

    public PostgresDeliveryLedger(LedgerOptions options, TimeProvider? time = null, ILogger? logger = null, MailingMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            CommandTimeout = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds),
        }.ConnectionString;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _metrics = metrics;
    }

    /// <summary>
    /// Statements, batches and commits sent so far (test-visible). <c>BEGIN</c> is not counted: Npgsql sends it in
    /// front of the transaction's first statement, in the same round trip.
    /// </summary>
    internal long RoundTrips => Interlocked.Read(ref _roundTrips);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSchema.All, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<int>("version", LedgerArguments.SchemaVersion));
        command.Parameters.Add(Instant("now", _time.GetUtcNow()));
        await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _logger.LedgerInitialized("postgresql", LedgerArguments.SchemaVersion);
    }

    public async Task<int> AddRecipientsAsync(Guid campaignId, IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var prepared = RecipientBatch.Prepare(recipients);
        if (prepared.Count == 0)
        {
            return 0;
        }

        var started = _time.GetTimestamp();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0L;
        for (var offset = 0; offset < prepared.Count; offset += MaxRowsPerStatement)
        {
            var chunk = prepared.GetRange(offset, Math.Min(MaxRowsPerStatement, prepared.Count - offset));
            using var batch = new NpgsqlBatch(connection, transaction);
            if (offset == 0)
            {
                var lockCampaign = new NpgsqlBatchCommand(PostgresLedgerSql.LockCampaign);
                lockCampaign.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
                batch.BatchCommands.Add(lockCampaign);
            }

            batch.BatchCommands.Add(InsertChunk(campaignId, chunk, now));
            Interlocked.Increment(ref _roundTrips);
            using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (offset == 0)
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"Campaign {campaignId} does not exist.");
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                added += reader.GetInt64(0);
            }
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _metrics?.LedgerBatch("add", MailLedgerProvider.PostgreSql, added, _time.GetElapsedTime(started));
        _logger.LedgerRecipientsAdded(campaignId, (int)added, recipients.Count);
        return (int)added;
    }

    public async Task<IReadOnlyList<LeasedDelivery>> ClaimAsync(
        Guid campaignId, int max, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, bool takeOverOwnLeases, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Claim(max, owner, now, leaseUntil);
        var started = _time.GetTimestamp();
        var claimed = new List<LeasedDelivery>(Math.Min(max, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.Claim, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<string>("owner", owner));
        command.Parameters.Add(Instant("lease_until", leaseUntil));
        command.Parameters.Add(Instant("now", now));
        command.Parameters.Add(new NpgsqlParameter<bool>("own", takeOverOwnLeases));
        command.Parameters.Add(new NpgsqlParameter<int>("max", max));
        using (var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add(new LeasedDelivery(
                    campaignId,
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    LedgerJson.DeserializeFields(reader.IsDBNull(4) ? null : reader.GetString(4)),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetInt32(6)));
            }
        }

        claimed.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        _metrics?.LedgerBatch("claim", MailLedgerProvider.PostgreSql, claimed.Count, _time.GetElapsedTime(started));
        _logger.LedgerClaimed(campaignId, claimed.Count, owner);
        return claimed;
    }

    public async Task CompleteAsync(IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            LedgerArguments.Outcome(outcomes[i]);
        }

        var started = _time.GetTimestamp();
        var applied = 0;
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = outcomes.Count > MaxRowsPerStatement
            ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        for (var offset = 0; offset < outcomes.Count; offset += MaxRowsPerStatement)
        {
            using var command = CompleteChunk(connection, transaction, outcomes, offset, Math.Min(MaxRowsPerStatement, outcomes.Count - offset), now);
            applied += await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        }

        if (transaction is not null)
        {
            await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        _metrics?.LedgerBatch("complete", MailLedgerProvider.PostgreSql, applied, _time.GetElapsedTime(started));
        _logger.LedgerOutcomesWritten(applied, outcomes.Count);
    }

    private static NpgsqlBatchCommand InsertChunk(Guid campaignId, List<PreparedRecipient> chunk, DateTimeOffset now)
    {
        var ids = new string[chunk.Count];
        var addresses = new string[chunk.Count];
        var keys = new string[chunk.Count];
        var domains = new string[chunk.Count];
        var fields = new string?[chunk.Count];
        var consents = new string?[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            (ids[i], addresses[i], keys[i], domains[i], fields[i], consents[i]) = chunk[i];
        }

        var command = new NpgsqlBatchCommand(PostgresLedgerSql.InsertDeliveries);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(Instant("now", now));
        command.Parameters.Add(TextArray("recipient_ids", ids));
        command.Parameters.Add(TextArray("addresses", addresses));
        command.Parameters.Add(TextArray("address_keys", keys));
        command.Parameters.Add(TextArray("domains", domains));
        command.Parameters.Add(TextArray("fields", fields));
        command.Parameters.Add(TextArray("consent_ids", consents));
        return command;
    }

    private static NpgsqlCommand CompleteChunk(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<DeliveryOutcome> outcomes, int offset, int count, DateTimeOffset now)
    {
        var campaignIds = new Guid[count];
        var seqs = new long[count];
        var states = new short[count];
        var increments = new int[count];
        var retryAts = new DateTime?[count];
        var codes = new int?[count];
        var replies = new string?[count];
        var owners = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var outcome = outcomes[offset + i];
            campaignIds[i] = outcome.CampaignId;
            seqs[i] = outcome.Sequence;
            states[i] = (short)outcome.State;
            increments[i] = LedgerArguments.AttemptIncrement(outcome);
            retryAts[i] = outcome.State == DeliveryState.Deferred ? outcome.RetryAt!.Value.UtcDateTime : null;
            codes[i] = outcome.ReplyCode;
            replies[i] = outcome.Reply;
            owners[i] = LedgerArguments.RequiredOwner(outcome);
        }

        var command = new NpgsqlCommand(PostgresLedgerSql.Complete, connection, transaction);
        command.Parameters.Add(Instant("now", now));
        command.Parameters.Add(new NpgsqlParameter("campaign_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = campaignIds });
        command.Parameters.Add(new NpgsqlParameter("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = seqs });
        command.Parameters.Add(new NpgsqlParameter("states", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = states });
        command.Parameters.Add(new NpgsqlParameter("increments", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = increments });
        command.Parameters.Add(new NpgsqlParameter("retry_ats", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = retryAts });
        command.Parameters.Add(new NpgsqlParameter("reply_codes", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = codes });
        command.Parameters.Add(TextArray("replies", replies));
        command.Parameters.Add(TextArray("owners", owners));
        return command;
    }

    private static NpgsqlParameter TextArray(string name, string?[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values };

    private static NpgsqlParameter<DateTime> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.UtcDateTime };

    private static NpgsqlParameter NullableInstant(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } instant ? instant.UtcDateTime : DBNull.Value };

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private Task<int> NonQueryAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _roundTrips);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<NpgsqlDataReader> ReaderAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _roundTrips);
        return command.ExecuteReaderAsync(cancellationToken);
    }

    private async Task CommitAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _roundTrips);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
