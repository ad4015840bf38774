using Npgsql;
using NpgsqlTypes;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>The SMS texts' gateway message ids and carrier outcomes (table in the schema, <see cref="PostgresLedgerSchema"/>).</summary>
internal sealed partial class PostgresDeliveryLedger
{
    public async Task RecordSmsMessagesAsync(IReadOnlyList<SmsMessageRecord> messages, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var message in messages)
        {
            SmsLedgerArguments.Record(message);
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        for (var offset = 0; offset < messages.Count; offset += MaxRowsPerStatement)
        {
            var count = Math.Min(MaxRowsPerStatement, messages.Count - offset);
            var ids = new string[count];
            var campaigns = new Guid[count];
            var seqs = new long[count];
            var addresses = new string[count];
            var kinds = new int?[count];
            var bytes = new int?[count];
            for (var i = 0; i < count; i++)
            {
                var message = messages[offset + i];
                (ids[i], campaigns[i], seqs[i], addresses[i]) = (message.MessageId, message.CampaignId, message.Sequence, message.Address);
                (kinds[i], bytes[i]) = ((int?)message.Kind, message.Bytes);
            }

            using var command = new NpgsqlCommand(PostgresSmsSql.Insert, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter("message_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ids });
            command.Parameters.Add(new NpgsqlParameter("campaign_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = campaigns });
            command.Parameters.Add(new NpgsqlParameter("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = seqs });
            command.Parameters.Add(new NpgsqlParameter("addresses", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = addresses });
            command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = kinds });
            command.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = bytes });
            command.Parameters.Add(Instant("now", now));
            await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SmsReportResult> ApplySmsReportAsync(SmsCarrierReport report, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        SmsLedgerArguments.Report(report);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed;
        using (var command = new NpgsqlCommand(PostgresSmsSql.Apply, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string>("message_id", report.MessageId));
            command.Parameters.Add(new NpgsqlParameter<short>("status", (short)report.Status));
            command.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)report.Code ?? DBNull.Value });
            command.Parameters.Add(Instant("at", report.At));
            command.Parameters.Add(Instant("now", now));
            changed = await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        }

        var message = await SelectSmsAsync(connection, transaction, report.MessageId, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return new SmsReportResult(
            message is null ? SmsReportApplication.UnknownMessage : changed == 1 ? SmsReportApplication.Applied : SmsReportApplication.Unchanged,
            message);
    }

    public async Task<SmsMessageStatus?> GetSmsMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var message = await SelectSmsAsync(connection, transaction, messageId, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return message;
    }

    public async Task<SmsMessageStatus?> GetSmsMessageAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresSmsSql.SelectRow, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", sequence));
        return (await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<SmsMessageStatus>> ListSmsMessagesAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresSmsSql.ListByCampaign, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("after", afterSequence));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        return await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SmsMessageStatus?> SelectSmsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string messageId, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(PostgresSmsSql.Select, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("message_id", messageId));
        return (await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    private async Task<List<SmsMessageStatus>> ReadSmsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<SmsMessageStatus>();
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(ToSms(reader));
        }

        return messages;
    }

    private static SmsMessageStatus ToSms(NpgsqlDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetGuid(1),
            reader.GetInt64(2),
            reader.GetString(3),
            (SmsCarrierStatus)reader.GetInt16(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(6), TimeSpan.Zero),
            new DateTimeOffset(reader.GetFieldValue<DateTime>(7), TimeSpan.Zero),
            reader.IsDBNull(8) ? null : (SeoulMonitor.Mailing.Sms.SmsKind)reader.GetInt16(8),
            reader.IsDBNull(9) ? null : reader.GetInt32(9));
}
