using Npgsql;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>One suppression entry, and lifting one.</summary>
internal sealed partial class PostgresDeliveryLedger
{
    private const string SelectSuppression =
        "SELECT address_key, reason, created_at FROM mail_suppressions WHERE channel = @channel AND address_key = @address_key";

    private const string DeleteSuppression = "DELETE FROM mail_suppressions WHERE channel = @channel AND address_key = @address_key";

    public async Task<SuppressionRecord?> GetSuppressionAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(SelectSuppression, connection);
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        command.Parameters.Add(new NpgsqlParameter<string>("address_key", AddressKey.Normalize(address)));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SuppressionRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2))
            : null;
    }

    public async Task<bool> UnsuppressAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(DeleteSuppression, connection);
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        command.Parameters.Add(new NpgsqlParameter<string>("address_key", AddressKey.Normalize(address)));
        return await NonQueryAsync(command, cancellationToken).ConfigureAwait(false) > 0;
    }
}
