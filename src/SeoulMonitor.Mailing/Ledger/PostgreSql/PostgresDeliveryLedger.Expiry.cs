using Npgsql;
using NpgsqlTypes;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>Expiry across nodes: finishes the rows no other node holds under a live lease.</summary>
internal sealed partial class PostgresDeliveryLedger
{
    public async Task<long> FinishExpiredAsync(Guid campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Finish(owner, reason);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(PostgresExpirySql.FinishExpired, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("campaign_id", campaignId));
        command.Parameters.Add(new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = (object?)owner ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<short>("running", (short)CampaignState.Running));
        command.Parameters.Add(new NpgsqlParameter<string>("reason", reason));
        command.Parameters.Add(Instant("now", now));
        long changed = await NonQueryAsync(command, cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            _logger.LedgerRemainingFinished(campaignId, changed, nameof(DeliveryState.Expired), reason);
        }

        return changed;
    }
}
