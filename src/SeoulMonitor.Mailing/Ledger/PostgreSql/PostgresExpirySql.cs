namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>The PostgreSQL ledger's expiry statement (see <see cref="IDeliveryLedger.FinishExpiredAsync"/>).</summary>
internal static class PostgresExpirySql
{
    /// <summary>
    /// Non-final rows of <c>@campaign_id</c> when it runs and its send-by deadline has passed at <c>@now</c>, except
    /// those in flight under another owner's live lease; <c>@owner</c> NULL matches no lease. <c>SKIP LOCKED</c>: a
    /// row another node is writing right now (a claim, an outcome) is left alone, never waited for; the next pass
    /// finishes it if it is still open.
    /// </summary>
    public const string FinishExpired = """
        UPDATE mail_deliveries AS d SET state = 13, reply = @reason, retry_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = @now
        FROM (
            SELECT x.campaign_id, x.seq FROM mail_deliveries x JOIN mail_campaigns c ON c.id = x.campaign_id
            WHERE x.campaign_id = @campaign_id AND c.state = @running AND c.send_by <= @now AND x.state < 10
              AND (x.state <> 1 OR x.lease_until < @now OR x.lease_owner = @owner)
            FOR UPDATE OF x SKIP LOCKED) AS s
        WHERE d.campaign_id = s.campaign_id AND d.seq = s.seq AND d.state < 10
        """;
}
