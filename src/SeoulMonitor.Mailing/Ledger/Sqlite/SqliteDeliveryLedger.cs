using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>
/// The delivery ledger in one SQLite file (WAL, synchronous=NORMAL). Every batch operation is one IMMEDIATE
/// transaction with one prepared statement re-executed per row, so a batch costs one commit however many rows it has.
/// </summary>
internal sealed partial class SqliteDeliveryLedger : IDeliveryLedger
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private long _transactions;

    public SqliteDeliveryLedger(LedgerOptions options, TimeProvider? time = null, ILogger? logger = null, MailingMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeoutSeconds = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds);
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString) { DefaultTimeout = timeoutSeconds };
        _connectionString = builder.ConnectionString;
        _pragmas = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {timeoutSeconds * 1000};";
        DataSource = builder.DataSource;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _metrics = metrics;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    /// <summary>Transactions committed so far (test-visible: one per batch call).</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (DataSource.Length > 0 && DataSource != ":memory:" && !string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, transaction, SqliteLedgerSchema.All);
        command.Parameters.AddWithValue("@version", LedgerArguments.SchemaVersion);
        command.Parameters.AddWithValue("@now", _time.GetUtcNow().UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        using (var missing = Command(connection, transaction, SqliteLedgerSchema.SmsMeasureMissing))
        {
            if (Convert.ToBoolean(await missing.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture))
            {
                using var add = Command(connection, transaction, SqliteLedgerSchema.AddSmsMeasure);
                await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _logger.LedgerInitialized("sqlite", LedgerArguments.SchemaVersion);
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
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        long count;
        using (var read = Command(connection, transaction, SqliteLedgerSql.RecipientCount))
        {
            read.Parameters.AddWithValue("@id", campaignId);
            count = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value
                ? value
                : throw new InvalidOperationException($"Campaign {campaignId} does not exist.");
        }

        var added = 0;
        using (var insert = Command(connection, transaction, SqliteLedgerSql.InsertDelivery))
        {
            insert.Parameters.AddWithValue("@campaign_id", campaignId);
            insert.Parameters.AddWithValue("@now", now.UtcTicks);
            var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
            var recipientId = insert.Parameters.Add("@recipient_id", SqliteType.Text);
            var address = insert.Parameters.Add("@address", SqliteType.Text);
            var key = insert.Parameters.Add("@address_key", SqliteType.Text);
            var domain = insert.Parameters.Add("@domain", SqliteType.Text);
            var fields = insert.Parameters.Add("@fields", SqliteType.Text);
            var consent = insert.Parameters.Add("@consent_id", SqliteType.Text);
            insert.Prepare();
            foreach (var recipient in prepared)
            {
                seq.Value = count + 1;
                recipientId.Value = recipient.RecipientId;
                address.Value = recipient.Address;
                key.Value = recipient.Key;
                domain.Value = recipient.Domain;
                fields.Value = (object?)recipient.FieldsJson ?? DBNull.Value;
                consent.Value = (object?)recipient.ConsentId ?? DBNull.Value;
                if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    count++;
                    added++;
                }
            }
        }

        using (var update = Command(connection, transaction, SqliteLedgerSql.SetRecipientCount))
        {
            update.Parameters.AddWithValue("@id", campaignId);
            update.Parameters.AddWithValue("@count", count);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _metrics?.LedgerBatch("add", MailLedgerProvider.Sqlite, added, _time.GetElapsedTime(started));
        _logger.LedgerRecipientsAdded(campaignId, added, recipients.Count);
        return added;
    }

    public async Task<IReadOnlyList<LeasedDelivery>> ClaimAsync(
        Guid campaignId, int max, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, bool takeOverOwnLeases, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Claim(max, owner, now, leaseUntil);
        var started = _time.GetTimestamp();
        var claimed = new List<LeasedDelivery>(Math.Min(max, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using (var command = Command(connection, transaction, SqliteLedgerSql.Claim))
        {
            command.Parameters.AddWithValue("@campaign_id", campaignId);
            command.Parameters.AddWithValue("@owner", owner);
            command.Parameters.AddWithValue("@lease_until", leaseUntil.UtcTicks);
            command.Parameters.AddWithValue("@now", now.UtcTicks);
            command.Parameters.AddWithValue("@own", takeOverOwnLeases ? 1 : 0);
            command.Parameters.AddWithValue("@max", max);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        claimed.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        _metrics?.LedgerBatch("claim", MailLedgerProvider.Sqlite, claimed.Count, _time.GetElapsedTime(started));
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
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using (var command = Command(connection, transaction, SqliteLedgerSql.Complete))
        {
            command.Parameters.AddWithValue("@now", now.UtcTicks);
            var campaign = command.Parameters.AddWithValue("@campaign_id", Guid.Empty);
            var seq = command.Parameters.Add("@seq", SqliteType.Integer);
            var state = command.Parameters.Add("@state", SqliteType.Integer);
            var increment = command.Parameters.Add("@increment", SqliteType.Integer);
            var retryAt = command.Parameters.Add("@retry_at", SqliteType.Integer);
            var code = command.Parameters.Add("@reply_code", SqliteType.Integer);
            var reply = command.Parameters.Add("@reply", SqliteType.Text);
            var owner = command.Parameters.Add("@owner", SqliteType.Text);
            command.Prepare();
            for (var i = 0; i < outcomes.Count; i++)
            {
                var outcome = outcomes[i];
                campaign.Value = outcome.CampaignId;
                seq.Value = outcome.Sequence;
                state.Value = (int)outcome.State;
                increment.Value = LedgerArguments.AttemptIncrement(outcome);
                retryAt.Value = outcome.State == DeliveryState.Deferred ? outcome.RetryAt!.Value.UtcTicks : DBNull.Value;
                code.Value = (object?)outcome.ReplyCode ?? DBNull.Value;
                reply.Value = (object?)outcome.Reply ?? DBNull.Value;
                owner.Value = (object?)LedgerArguments.RequiredOwner(outcome) ?? DBNull.Value;
                applied += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _metrics?.LedgerBatch("complete", MailLedgerProvider.Sqlite, applied, _time.GetElapsedTime(started));
        _logger.LedgerOutcomesWritten(applied, outcomes.Count);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = _pragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static async Task<SqliteTransaction> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);

    private async Task CommitAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
