namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>The PostgreSQL ledger's cancel statement (see <see cref="IDeliveryLedger.FinishCancelledAsync"/>).</summary>
internal static class PostgresCancelSql
{
    /// <summary>
    /// Non-final rows of cancelled campaigns (all, or <c>@campaign_id</c>'s) except those in flight under another
    /// owner's live lease; <c>@owner</c> NULL matches no lease. <c>SKIP LOCKED</c>: a row another node is writing
    /// right now (a claim, an outcome) is left alone, never waited for (no deadlock with that node's batch); if it is
    /// still open afterwards, the next sweep finishes it.
    /// </summary>
    public const string FinishCancelled = """
        UPDATE mail_deliveries AS d SET state = 14, reply = @reason, retry_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = @now
        FROM (
            SELECT x.campaign_id, x.seq FROM mail_deliveries x JOIN mail_campaigns c ON c.id = x.campaign_id
            WHERE c.state = @cancelled AND (@campaign_id::uuid IS NULL OR x.campaign_id = @campaign_id) AND x.state < 10
              AND (x.state <> 1 OR x.lease_until < @now OR x.lease_owner = @owner)
            FOR UPDATE OF x SKIP LOCKED) AS s
        WHERE d.campaign_id = s.campaign_id AND d.seq = s.seq AND d.state < 10
        """;
}
