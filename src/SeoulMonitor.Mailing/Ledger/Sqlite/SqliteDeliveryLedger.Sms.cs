using Microsoft.Data.Sqlite;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>The SMS texts' gateway message ids and carrier outcomes (table in the schema, <see cref="SqliteLedgerSchema"/>).</summary>
internal sealed partial class SqliteDeliveryLedger
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
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using (var command = Command(connection, transaction, SqliteSmsSql.Insert))
        {
            command.Parameters.AddWithValue("@now", now.UtcTicks);
            var id = command.Parameters.Add("@message_id", SqliteType.Text);
            var campaign = command.Parameters.AddWithValue("@campaign_id", Guid.Empty);
            var seq = command.Parameters.Add("@seq", SqliteType.Integer);
            var address = command.Parameters.Add("@address", SqliteType.Text);
            var kind = command.Parameters.Add("@kind", SqliteType.Integer);
            var bytes = command.Parameters.Add("@bytes", SqliteType.Integer);
            command.Prepare();
            foreach (var message in messages)
            {
                id.Value = message.MessageId;
                campaign.Value = message.CampaignId;
                seq.Value = message.Sequence;
                address.Value = message.Address;
                kind.Value = message.Kind is { } k ? (int)k : DBNull.Value;
                bytes.Value = (object?)message.Bytes ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SmsReportResult> ApplySmsReportAsync(SmsCarrierReport report, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        SmsLedgerArguments.Report(report);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        int changed;
        using (var command = Command(connection, transaction, SqliteSmsSql.Apply))
        {
            command.Parameters.AddWithValue("@message_id", report.MessageId);
            command.Parameters.AddWithValue("@status", (int)report.Status);
            command.Parameters.AddWithValue("@code", (object?)report.Code ?? DBNull.Value);
            command.Parameters.AddWithValue("@at", report.At.UtcTicks);
            command.Parameters.AddWithValue("@now", now.UtcTicks);
            changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        var message = await SelectSmsAsync(connection, transaction, messageId, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return message;
    }

    public async Task<SmsMessageStatus?> GetSmsMessageAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, transaction, SqliteSmsSql.SelectRow);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@seq", sequence);
        var messages = await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return messages.FirstOrDefault();
    }

    public async Task<IReadOnlyList<SmsMessageStatus>> ListSmsMessagesAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, transaction, SqliteSmsSql.ListByCampaign);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@after", afterSequence);
        command.Parameters.AddWithValue("@limit", limit);
        var messages = await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return messages;
    }

    private static async Task<SmsMessageStatus?> SelectSmsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string messageId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, SqliteSmsSql.Select);
        command.Parameters.AddWithValue("@message_id", messageId);
        return (await ReadSmsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    private static async Task<List<SmsMessageStatus>> ReadSmsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<SmsMessageStatus>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(ToSms(reader));
        }

        return messages;
    }

    private static SmsMessageStatus ToSms(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetGuid(1),
            reader.GetInt64(2),
            reader.GetString(3),
            (SmsCarrierStatus)reader.GetInt32(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
            new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero),
            reader.IsDBNull(8) ? null : (SeoulMonitor.Mailing.Sms.SmsKind)reader.GetInt32(8),
            reader.IsDBNull(9) ? null : reader.GetInt32(9));
}
