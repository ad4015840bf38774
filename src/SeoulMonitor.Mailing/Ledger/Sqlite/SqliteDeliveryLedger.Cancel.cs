using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>Cancel across nodes: finishes the rows no other node holds under a live lease.</summary>
internal sealed partial class SqliteDeliveryLedger
{
    public async Task<long> FinishCancelledAsync(Guid? campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LedgerArguments.Finish(owner, reason);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, transaction, SqliteCancelSql.FinishCancelled);
        command.Parameters.AddWithValue("@campaign_id", campaignId is { } id ? id : DBNull.Value);
        command.Parameters.AddWithValue("@owner", (object?)owner ?? DBNull.Value);
        command.Parameters.AddWithValue("@cancelled", (int)CampaignState.Cancelled);
        command.Parameters.AddWithValue("@reason", reason);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        long changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
