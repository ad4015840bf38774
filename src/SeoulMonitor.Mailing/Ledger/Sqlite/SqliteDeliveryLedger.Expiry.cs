using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>Expiry across nodes: finishes the rows no other node holds under a live lease.</summary>
internal sealed partial class SqliteDeliveryLedger
{
    public async Task<long> FinishExpiredAsync(Guid campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Finish(owner, reason);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, transaction, SqliteExpirySql.FinishExpired);
        command.Parameters.AddWithValue("@campaign_id", campaignId);
        command.Parameters.AddWithValue("@owner", (object?)owner ?? DBNull.Value);
        command.Parameters.AddWithValue("@running", (int)CampaignState.Running);
        command.Parameters.AddWithValue("@reason", reason);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        long changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            _logger.LedgerRemainingFinished(campaignId, changed, nameof(DeliveryState.Expired), reason);
        }

        return changed;
    }
}
