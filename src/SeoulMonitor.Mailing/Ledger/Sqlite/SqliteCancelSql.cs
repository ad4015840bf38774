namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>The SQLite ledger's cancel statement (see <see cref="IDeliveryLedger.FinishCancelledAsync"/>).</summary>
internal static class SqliteCancelSql
{
    /// <summary>
    /// Non-final rows of cancelled campaigns (all, or <c>@campaign_id</c>'s) except those in flight under another
    /// owner's live lease; <c>@owner</c> NULL matches no lease (<c>lease_owner = NULL</c> is never true).
    /// </summary>
    public const string FinishCancelled = """
        UPDATE mail_deliveries SET state = 14, reply = @reason, retry_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = @now
        WHERE state < 10
          AND campaign_id IN (SELECT id FROM mail_campaigns WHERE state = @cancelled AND (@campaign_id IS NULL OR id = @campaign_id))
          AND (state <> 1 OR lease_until < @now OR lease_owner = @owner)
        """;
}
