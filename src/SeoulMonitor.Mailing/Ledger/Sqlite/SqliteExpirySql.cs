namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>The SQLite ledger's expiry statement (see <see cref="IDeliveryLedger.FinishExpiredAsync"/>).</summary>
internal static class SqliteExpirySql
{
    /// <summary>
    /// Non-final rows of <c>@campaign_id</c> when it runs and its send-by deadline has passed at <c>@now</c>, except
    /// those in flight under another owner's live lease; <c>@owner</c> NULL matches no lease.
    /// </summary>
    public const string FinishExpired = """
        UPDATE mail_deliveries SET state = 13, reply = @reason, retry_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = @now
        WHERE campaign_id = @campaign_id AND state < 10
          AND EXISTS (SELECT 1 FROM mail_campaigns WHERE id = @campaign_id AND state = @running AND send_by <= @now)
          AND (state <> 1 OR lease_until < @now OR lease_owner = @owner)
        """;
}
