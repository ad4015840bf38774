using Npgsql;
using NpgsqlTypes;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>Campaigns, counts, records and suppressions.</summary>
internal sealed partial class PostgresDeliveryLedger
{
    public async Task CreateCampaignAsync(CampaignDefinition definition, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Definition(definition);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.InsertCampaign, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", definition.Id));
        command.Parameters.Add(new NpgsqlParameter<string>("name", definition.Name));
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)definition.Channel));
        command.Parameters.Add(new NpgsqlParameter<short>("priority", (short)definition.Priority));
        command.Parameters.Add(new NpgsqlParameter<short>("state", (short)CampaignState.Draft));
        command.Parameters.Add(new NpgsqlParameter<string>("definition", NpgsqlDbType.Jsonb) { TypedValue = LedgerJson.SerializeDefinition(definition) });
        command.Parameters.Add(NullableInstant("send_at", definition.SendAt));
        command.Parameters.Add(Instant("send_by", definition.SendBy));
        command.Parameters.Add(Instant("now", now));
        await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        _logger.LedgerCampaignCreated(definition.Id, definition.Name);
    }

    public async Task<CampaignRecord?> GetCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.SelectCampaign, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", campaignId));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadCampaign(reader) : null;
    }

    public async Task<IReadOnlyList<CampaignRecord>> ListCampaignsAsync(IReadOnlyCollection<CampaignState> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        var campaigns = new List<CampaignRecord>();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.ListCampaigns, connection);
        command.Parameters.Add(new NpgsqlParameter("states", NpgsqlDbType.Array | NpgsqlDbType.Smallint)
        {
            Value = states.Select(s => (short)s).ToArray(),
        });
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            campaigns.Add(ReadCampaign(reader));
        }

        return campaigns;
    }

    public async Task<bool> TransitionCampaignAsync(Guid campaignId, CampaignState expected, CampaignState target, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.TransitionCampaign, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<short>("expected", (short)expected));
        command.Parameters.Add(new NpgsqlParameter<short>("target", (short)target));
        command.Parameters.Add(Instant("now", now));
        var moved = await NonQueryAsync(command, cancellationToken).ConfigureAwait(false) == 1;
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
        using var command = new NpgsqlCommand(PostgresLedgerSql.Count, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetInt16(0)] = reader.GetInt64(1);
        }

        return LedgerCounts.From(counts);
    }

    public async Task<DateTimeOffset?> NextRetryAtAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.NextRetryAt, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0)
            ? reader.GetFieldValue<DateTimeOffset>(0)
            : null;
    }

    public async Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipientId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.GetDelivery, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<string>("recipient_id", recipientId));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDelivery(reader, campaignId) : null;
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListUndeliveredAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var records = new List<DeliveryRecord>(Math.Min(limit, 1024));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.ListUndelivered, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter<long>("after", afterSequence));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
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
        using var command = new NpgsqlCommand(PostgresLedgerSql.Suppress, connection);
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        command.Parameters.Add(new NpgsqlParameter<string>("address_key", AddressKey.Normalize(address)));
        command.Parameters.Add(new NpgsqlParameter<string>("reason", reason));
        command.Parameters.Add(Instant("now", now));
        await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlySet<string>> LoadSuppressionsAsync(DeliveryChannel channel, CancellationToken cancellationToken = default)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresLedgerSql.LoadSuppressions, connection);
        command.Parameters.Add(new NpgsqlParameter<short>("channel", (short)channel));
        using var reader = await ReaderAsync(command, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static CampaignRecord ReadCampaign(NpgsqlDataReader reader) => new(
        LedgerJson.DeserializeDefinition(reader.GetString(0)),
        (CampaignState)reader.GetInt16(1),
        reader.GetFieldValue<DateTimeOffset>(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetInt64(4));

    private static DeliveryRecord ReadDelivery(NpgsqlDataReader reader, Guid campaignId) => new(
        campaignId,
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        (DeliveryState)reader.GetInt16(3),
        reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.GetFieldValue<DateTimeOffset>(8),
        reader.IsDBNull(9) ? null : reader.GetString(9));
}
