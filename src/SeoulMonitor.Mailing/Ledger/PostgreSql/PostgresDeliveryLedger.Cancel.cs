using Npgsql;
using NpgsqlTypes;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>Cancel across nodes: finishes the rows no other node holds under a live lease.</summary>
internal sealed partial class PostgresDeliveryLedger
{
    public async Task<long> FinishCancelledAsync(Guid? campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Finish(owner, reason);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresCancelSql.FinishCancelled, connection);
        command.Parameters.Add(new NpgsqlParameter("campaign_id", NpgsqlDbType.Uuid) { Value = campaignId is { } id ? id : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = (object?)owner ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<short>("cancelled", (short)CampaignState.Cancelled));
        command.Parameters.Add(new NpgsqlParameter<string>("reason", reason));
        command.Parameters.Add(Instant("now", now));
        return await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
