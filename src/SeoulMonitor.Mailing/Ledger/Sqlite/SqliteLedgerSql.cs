namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>The SQLite ledger's statements. Instants are UTC ticks (INTEGER); ids are 16-byte BLOBs.</summary>
internal static class SqliteLedgerSql
{
    public const string CampaignColumns = "definition, state, created_at, updated_at, recipient_count";

    public const string InsertCampaign = """
        INSERT INTO mail_campaigns (id, name, channel, priority, state, definition, send_at, send_by, created_at, updated_at, recipient_count)
        VALUES (@id, @name, @channel, @priority, @state, @definition, @send_at, @send_by, @now, @now, 0)
        """;

    public const string SelectCampaign = $"SELECT {CampaignColumns} FROM mail_campaigns WHERE id = @id";

    public const string ListCampaigns =
        $"SELECT {CampaignColumns} FROM mail_campaigns WHERE ((@mask >> state) & 1) = 1 ORDER BY priority, created_at, id";

    public const string TransitionCampaign =
        "UPDATE mail_campaigns SET state = @target, updated_at = @now WHERE id = @id AND state = @expected";

    public const string RecipientCount = "SELECT recipient_count FROM mail_campaigns WHERE id = @id";

    public const string SetRecipientCount = "UPDATE mail_campaigns SET recipient_count = @count WHERE id = @id";

    public const string InsertDelivery = """
        INSERT INTO mail_deliveries (campaign_id, seq, recipient_id, address, address_key, domain, fields, consent_id, state, attempts, updated_at)
        VALUES (@campaign_id, @seq, @recipient_id, @address, @address_key, @domain, @fields, @consent_id, 0, 0, @now)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Claimable rows, through the partial index of non-final rows (the literal <c>state &lt; 10</c> selects it).</summary>
    public const string Claim = """
        UPDATE mail_deliveries SET state = 1, lease_owner = @owner, lease_until = @lease_until, updated_at = @now
        WHERE rowid IN (
            SELECT rowid FROM mail_deliveries
            WHERE campaign_id = @campaign_id AND state < 10
              AND (state = 0
                   OR (state = 2 AND retry_at <= @now)
                   OR (state = 1 AND ((lease_until < @now AND lease_owner <> @owner) OR (@own = 1 AND lease_owner = @owner))))
            ORDER BY seq
            LIMIT @max)
        RETURNING seq, recipient_id, address, domain, fields, consent_id, attempts
        """;

    public const string Complete = """
        UPDATE mail_deliveries SET
            state = @state, attempts = attempts + @increment, retry_at = @retry_at,
            reply_code = COALESCE(@reply_code, reply_code), reply = COALESCE(@reply, reply),
            lease_owner = NULL, lease_until = NULL, updated_at = @now
        WHERE campaign_id = @campaign_id AND seq = @seq AND state < 10 AND (@owner IS NULL OR lease_owner = @owner)
        """;

    public const string Count = "SELECT state, COUNT(*) FROM mail_deliveries WHERE campaign_id = @campaign_id GROUP BY state";

    public const string NextRetryAt =
        "SELECT MIN(retry_at) FROM mail_deliveries WHERE campaign_id = @campaign_id AND state < 10 AND state = 2";

    public const string DeliveryColumns =
        "seq, recipient_id, address, state, attempts, retry_at, reply_code, reply, updated_at, consent_id";

    public const string GetDelivery =
        $"SELECT {DeliveryColumns} FROM mail_deliveries WHERE campaign_id = @campaign_id AND recipient_id = @recipient_id";

    public const string ListUndelivered = $"""
        SELECT {DeliveryColumns} FROM mail_deliveries
        WHERE campaign_id = @campaign_id AND seq > @after AND state IN (11, 12, 13, 14)
        ORDER BY seq LIMIT @limit
        """;

    public const string Suppress = """
        INSERT INTO mail_suppressions (channel, address_key, reason, created_at) VALUES (@channel, @address_key, @reason, @now)
        ON CONFLICT (channel, address_key) DO NOTHING
        """;

    public const string LoadSuppressions = "SELECT address_key FROM mail_suppressions WHERE channel = @channel";
}
