using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>One suppression entry, and lifting one.</summary>
internal sealed partial class SqliteDeliveryLedger
{
    private const string SelectSuppression =
        "SELECT address_key, reason, created_at FROM mail_suppressions WHERE channel = @channel AND address_key = @address_key";

    private const string DeleteSuppression = "DELETE FROM mail_suppressions WHERE channel = @channel AND address_key = @address_key";

    public async Task<SuppressionRecord?> GetSuppressionAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SelectSuppression);
        command.Parameters.AddWithValue("@channel", (int)channel);
        command.Parameters.AddWithValue("@address_key", AddressKey.Normalize(address));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SuppressionRecord(reader.GetString(0), reader.GetString(1), Instant(reader.GetInt64(2)))
            : null;
    }

    public async Task<bool> UnsuppressAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, DeleteSuppression);
        command.Parameters.AddWithValue("@channel", (int)channel);
        command.Parameters.AddWithValue("@address_key", AddressKey.Normalize(address));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }
}
