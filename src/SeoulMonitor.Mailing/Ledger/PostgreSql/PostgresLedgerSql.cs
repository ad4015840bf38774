namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>
/// The PostgreSQL ledger's statements. Batches travel as arrays and are expanded with <c>unnest</c>, so one statement
/// (one round trip) writes thousands of rows; instants are <c>timestamptz</c>.
/// </summary>
internal static class PostgresLedgerSql
{
    public const string CampaignColumns = "definition::text, state, created_at, updated_at, recipient_count";

    public const string InsertCampaign = """
        INSERT INTO mail_campaigns (id, name, channel, priority, state, definition, send_at, send_by, created_at, updated_at, recipient_count)
        VALUES (@id, @name, @channel, @priority, @state, @definition, @send_at, @send_by, @now, @now, 0)
        """;

    public const string SelectCampaign = $"SELECT {CampaignColumns} FROM mail_campaigns WHERE id = @id";

    public const string ListCampaigns =
        $"SELECT {CampaignColumns} FROM mail_campaigns WHERE state = ANY(@states) ORDER BY priority, created_at, id";

    public const string TransitionCampaign =
        "UPDATE mail_campaigns SET state = @target, updated_at = @now WHERE id = @id AND state = @expected";

    /// <summary>Locks the campaign row so that concurrent loaders of one campaign number their rows one after the other.</summary>
    public const string LockCampaign = "SELECT recipient_count FROM mail_campaigns WHERE id = @campaign_id FOR UPDATE";

    /// <summary>
    /// Appends one chunk: skips addresses and ids already in the snapshot, numbers the rest after the campaign's
    /// count in input order, and raises the count, in one statement.
    /// </summary>
    public const string InsertDeliveries = """
        WITH input AS (
            SELECT u.recipient_id, u.address, u.address_key, u.domain, u.fields, u.consent_id, u.ord
            FROM unnest(@recipient_ids, @addresses, @address_keys, @domains, @fields, @consent_ids) WITH ORDINALITY
                AS u(recipient_id, address, address_key, domain, fields, consent_id, ord)
            WHERE NOT EXISTS (SELECT 1 FROM mail_deliveries d WHERE d.campaign_id = @campaign_id AND d.address_key = u.address_key)
              AND NOT EXISTS (SELECT 1 FROM mail_deliveries d WHERE d.campaign_id = @campaign_id AND d.recipient_id = u.recipient_id)
        ), inserted AS (
            INSERT INTO mail_deliveries (campaign_id, seq, recipient_id, address, address_key, domain, fields, consent_id, state, attempts, updated_at)
            SELECT @campaign_id, c.recipient_count + row_number() OVER (ORDER BY i.ord), i.recipient_id, i.address, i.address_key,
                   i.domain, i.fields, i.consent_id, 0, 0, @now
            FROM input i CROSS JOIN mail_campaigns c
            WHERE c.id = @campaign_id
            ON CONFLICT DO NOTHING
            RETURNING seq
        )
        UPDATE mail_campaigns
        SET recipient_count = GREATEST(recipient_count, COALESCE((SELECT max(seq) FROM inserted), 0))
        WHERE id = @campaign_id
        RETURNING (SELECT count(*) FROM inserted)
        """;

    /// <summary>Claims rows in snapshot order; <c>SKIP LOCKED</c> keeps two nodes from ever claiming the same row.</summary>
    public const string Claim = """
        UPDATE mail_deliveries AS d SET state = 1, lease_owner = @owner, lease_until = @lease_until, updated_at = @now
        FROM (
            SELECT campaign_id, seq FROM mail_deliveries
            WHERE campaign_id = @campaign_id AND state < 10
              AND (state = 0
                   OR (state = 2 AND retry_at <= @now)
                   OR (state = 1 AND ((lease_until < @now AND lease_owner <> @owner) OR (@own AND lease_owner = @owner))))
            ORDER BY seq
            LIMIT @max
            FOR UPDATE SKIP LOCKED) AS s
        WHERE d.campaign_id = s.campaign_id AND d.seq = s.seq
        RETURNING d.seq, d.recipient_id, d.address, d.domain, d.fields, d.consent_id, d.attempts
        """;

    /// <summary>
    /// Writes a whole batch of outcomes in one statement; final rows are never overwritten. A batch should hold at most
    /// one outcome per row: with two, PostgreSQL applies one of them (UPDATE … FROM takes one matching source row).
    /// </summary>
    public const string Complete = """
        UPDATE mail_deliveries AS d SET
            state = u.state, attempts = d.attempts + u.increment, retry_at = u.retry_at,
            reply_code = COALESCE(u.reply_code, d.reply_code), reply = COALESCE(u.reply, d.reply),
            lease_owner = NULL, lease_until = NULL, updated_at = @now
        FROM unnest(@campaign_ids, @seqs, @states, @increments, @retry_ats, @reply_codes, @replies, @owners)
            AS u(campaign_id, seq, state, increment, retry_at, reply_code, reply, owner)
        WHERE d.campaign_id = u.campaign_id AND d.seq = u.seq AND d.state < 10
            AND (u.owner IS NULL OR d.lease_owner = u.owner)
        """;

    public const string Count = "SELECT state, count(*) FROM mail_deliveries WHERE campaign_id = @campaign_id GROUP BY state";

    public const string NextRetryAt =
        "SELECT min(retry_at) FROM mail_deliveries WHERE campaign_id = @campaign_id AND state < 10 AND state = 2";

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
