using Microsoft.Data.Sqlite;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>Campaigns, counts, records and suppressions.</summary>
internal sealed partial class SqliteDeliveryLedger
{
    public async Task CreateCampaignAsync(CampaignDefinition definition, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Definition(definition);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.InsertCampaign);
        command.Parameters.AddWithValue("@id", definition.Id);
        command.Parameters.AddWithValue("@name", definition.Name);
        command.Parameters.AddWithValue("@channel", (int)definition.Channel);
        command.Parameters.AddWithValue("@priority", (int)definition.Priority);
        command.Parameters.AddWithValue("@state", (int)CampaignState.Draft);
        command.Parameters.AddWithValue("@definition", LedgerJson.SerializeDefinition(definition));
        command.Parameters.AddWithValue("@send_at", definition.SendAt is { } sendAt ? sendAt.UtcTicks : DBNull.Value);
        command.Parameters.AddWithValue("@send_by", definition.SendBy.UtcTicks);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _logger.LedgerCampaignCreated(definition.Id, definition.Name);
    }

    public async Task<CampaignRecord?> GetCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.SelectCampaign);
        command.Parameters.AddWithValue("@id", campaignId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadCampaign(reader) : null;
    }

    public async Task<IReadOnlyList<CampaignRecord>> ListCampaignsAsync(IReadOnlyCollection<CampaignState> states, CancellationToken cancellationToken = default)
    {
        var mask = LedgerArguments.StateMask(states);
        var campaigns = new List<CampaignRecord>();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.ListCampaigns);
        command.Parameters.AddWithValue("@mask", mask);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            campaigns.Add(ReadCampaign(reader));
        }

        return campaigns;
    }

    public async Task<bool> TransitionCampaignAsync(Guid campaignId, CampaignState expected, CampaignState target, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.TransitionCampaign);
        command.Parameters.AddWithValue("@id", campaignId);
        command.Parameters.AddWithValue("@expected", (int)expected);
        command.Parameters.AddWithValue("@target", (int)target);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        var moved = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        if (moved)
        {
            _logger.LedgerCampaignTransitioned(campaignId, expected.ToString(), target.ToString());
        }
        else
        {
            _logger.LedgerCampaignTransitionSkipped(campaignId, expected.ToString(), target.ToString());
        }

        return moved;
    }

    public async Task<DeliveryCounts> CountAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        var counts = new long[LedgerCounts.Slots];
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.Count);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return LedgerCounts.From(counts);
    }

    public async Task<DateTimeOffset?> NextRetryAtAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.NextRetryAt);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long ticks ? Instant(ticks) : null;
    }

    public async Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipientId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.GetDelivery);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@recipient_id", recipientId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDelivery(reader, campaignId) : null;
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListUndeliveredAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var records = new List<DeliveryRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.ListUndelivered);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@after", afterSequence);
        command.Parameters.AddWithValue("@limit", limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(ReadDelivery(reader, campaignId));
        }

        return records;
    }

    public async Task SuppressAsync(DeliveryChannel channel, string address, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.Suppress);
        command.Parameters.AddWithValue("@channel", (int)channel);
        command.Parameters.AddWithValue("@address_key", AddressKey.Normalize(address));
        command.Parameters.AddWithValue("@reason", reason);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlySet<string>> LoadSuppressionsAsync(DeliveryChannel channel, CancellationToken cancellationToken = default)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteLedgerSql.LoadSuppressions);
        command.Parameters.AddWithValue("@channel", (int)channel);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset? NullableInstant(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Instant(reader.GetInt64(ordinal));

    private static CampaignRecord ReadCampaign(SqliteDataReader reader) => new(
        LedgerJson.DeserializeDefinition(reader.GetString(0)),
        (CampaignState)reader.GetInt32(1),
        Instant(reader.GetInt64(2)),
        Instant(reader.GetInt64(3)),
        reader.GetInt64(4));

    private static DeliveryRecord ReadDelivery(SqliteDataReader reader, Guid campaignId) => new(
        campaignId,
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        (DeliveryState)reader.GetInt32(3),
        reader.GetInt32(4),
        NullableInstant(reader, 5),
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        Instant(reader.GetInt64(8)),
        reader.IsDBNull(9) ? null : reader.GetString(9));
}
