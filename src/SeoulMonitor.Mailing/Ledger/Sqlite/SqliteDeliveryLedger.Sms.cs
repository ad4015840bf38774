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
            command.Prepare();
            foreach (var message in messages)
            {
                id.Value = message.MessageId;
                campaign.Value = message.CampaignId;
                seq.Value = message.Sequence;
                address.Value = message.Address;
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

    private static async Task<SmsMessageStatus?> SelectSmsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string messageId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, SqliteSmsSql.Select);
        command.Parameters.AddWithValue("@message_id", messageId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new SmsMessageStatus(
            reader.GetString(0),
            reader.GetGuid(1),
            reader.GetInt64(2),
            reader.GetString(3),
            (SmsCarrierStatus)reader.GetInt32(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
            new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero));
    }
}
