using Npgsql;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>Bounce events and the views bounce processing needs. Their table is part of the schema (<see cref="PostgresLedgerSchema"/>).</summary>
internal sealed partial class PostgresDeliveryLedger
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
        WHERE channel = @channel AND address_key COLLATE "C" > @after ORDER BY address_key COLLATE "C" LIMIT @limit
        """;

    public async Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            $"SELECT {PostgresLedgerSql.DeliveryColumns} FROM mail_deliveries WHERE campaign_id = @campaign_id AND seq = @seq", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", sequence));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDelivery(reader, campaignId) : null;
    }

    public async Task<bool> RecordBounceAsync(BounceEvent bounce, CancellationToken cancellationToken = default)
    {
        BounceArguments.Check(bounce);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(InsertBounce, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", bounce.CampaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", bounce.Sequence));
        command.Parameters.Add(new NpgsqlParameter<string>("report_id", bounce.ReportId));
        command.Parameters.Add(new NpgsqlParameter<short>("kind", (short)bounce.Kind));
        command.Parameters.Add(new NpgsqlParameter<string>("address", bounce.Address));
        command.Parameters.Add(new NpgsqlParameter("status", (object?)bounce.Status ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("diagnostic", (object?)bounce.Diagnostic ?? DBNull.Value));
        command.Parameters.Add(Instant("received_at", bounce.ReceivedAt));
        return await NonQueryAsync(command, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<BounceRecord>> ListBouncesAsync(Guid campaignId, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var records = new List<BounceRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(SelectBounces, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("after", afterId));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new BounceRecord(reader.GetInt64(0), new BounceEvent(
                campaignId, reader.GetInt64(1), reader.GetString(2), (BounceKind)reader.GetInt16(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7))));
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
        using var command = new NpgsqlCommand(SelectAddressDeliveries, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("address_key", AddressKey.Normalize(address)));
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new AddressDelivery(reader.GetGuid(0), reader.GetInt64(1), (DeliveryState)reader.GetInt16(2), reader.IsDBNull(3) ? null : (BounceKind)reader.GetInt16(3)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<SuppressionRecord>> ListSuppressionsAsync(
        DeliveryChannel channel, string? afterAddressKey, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = new List<SuppressionRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(SelectSuppressions, connection);
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        command.Parameters.Add(new NpgsqlParameter<string>("after", afterAddressKey ?? ""));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SuppressionRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return rows;
    }
}
