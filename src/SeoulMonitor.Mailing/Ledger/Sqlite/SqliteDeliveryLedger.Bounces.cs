using Microsoft.Data.Sqlite;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>Bounce events and the views bounce processing needs. Their table is part of the schema (<see cref="SqliteLedgerSchema"/>).</summary>
internal sealed partial class SqliteDeliveryLedger
{
    private const string InsertBounce = """
        INSERT INTO mail_bounces (campaign_id, seq, report_id, kind, address, status, diagnostic, received_at)
        VALUES (@campaign_id, @seq, @report_id, @kind, @address, @status, @diagnostic, @received_at)
        ON CONFLICT DO NOTHING
        """;

    private const string SelectBounces = """
        SELECT id, seq, report_id, kind, address, status, diagnostic, received_at FROM mail_bounces
        WHERE campaign_id = @campaign_id AND id > @after ORDER BY id LIMIT @limit
        """;

    private const string SelectAddressDeliveries = """
        SELECT d.campaign_id, d.seq, d.state, (SELECT MAX(b.kind) FROM mail_bounces b WHERE b.campaign_id = d.campaign_id AND b.seq = d.seq)
        FROM mail_deliveries d JOIN mail_campaigns c ON c.id = d.campaign_id
        WHERE d.address_key = @address_key AND c.channel = @channel
          AND (c.created_at, c.id) <= (SELECT created_at, id FROM mail_campaigns WHERE id = @campaign_id)
        ORDER BY c.created_at DESC, c.id DESC LIMIT @limit
        """;

    private const string SelectSuppressions = """
        SELECT address_key, reason, created_at FROM mail_suppressions
        WHERE channel = @channel AND address_key > @after ORDER BY address_key LIMIT @limit
        """;

    public async Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {SqliteLedgerSql.DeliveryColumns} FROM mail_deliveries WHERE campaign_id = @campaign_id AND seq = @seq");
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@seq", sequence);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDelivery(reader, campaignId) : null;
    }

    public async Task<bool> RecordBounceAsync(BounceEvent bounce, CancellationToken cancellationToken = default)
    {
        BounceArguments.Check(bounce);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, InsertBounce);
        command.Parameters.AddWithValue("@campaign_id", bounce.CampaignId);
        command.Parameters.AddWithValue("@seq", bounce.Sequence);
        command.Parameters.AddWithValue("@report_id", bounce.ReportId);
        command.Parameters.AddWithValue("@kind", (int)bounce.Kind);
        command.Parameters.AddWithValue("@address", bounce.Address);
        command.Parameters.AddWithValue("@status", (object?)bounce.Status ?? DBNull.Value);
        command.Parameters.AddWithValue("@diagnostic", (object?)bounce.Diagnostic ?? DBNull.Value);
        command.Parameters.AddWithValue("@received_at", bounce.ReceivedAt.UtcTicks);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<BounceRecord>> ListBouncesAsync(Guid campaignId, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var records = new List<BounceRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SelectBounces);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@after", afterId);
        command.Parameters.AddWithValue("@limit", limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new BounceRecord(reader.GetInt64(0), new BounceEvent(
                campaignId, reader.GetInt64(1), reader.GetString(2), (BounceKind)reader.GetInt32(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), Instant(reader.GetInt64(7)))));
        }

        return records;
    }

    public async Task<IReadOnlyList<AddressDelivery>> ListAddressDeliveriesAsync(
        DeliveryChannel channel, string address, Guid campaignId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = new List<AddressDelivery>();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SelectAddressDeliveries);
        command.Parameters.AddWithValue("@address_key", AddressKey.Normalize(address));
        command.Parameters.AddWithValue("@channel", (int)channel);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@limit", limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new AddressDelivery(reader.GetGuid(0), reader.GetInt64(1), (DeliveryState)reader.GetInt32(2), reader.IsDBNull(3) ? null : (BounceKind)reader.GetInt32(3)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<SuppressionRecord>> ListSuppressionsAsync(
        DeliveryChannel channel, string? afterAddressKey, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = new List<SuppressionRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SelectSuppressions);
        command.Parameters.AddWithValue("@channel", (int)channel);
        command.Parameters.AddWithValue("@after", afterAddressKey ?? "");
        command.Parameters.AddWithValue("@limit", limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SuppressionRecord(reader.GetString(0), reader.GetString(1), Instant(reader.GetInt64(2))));
        }

        return rows;
    }
}
