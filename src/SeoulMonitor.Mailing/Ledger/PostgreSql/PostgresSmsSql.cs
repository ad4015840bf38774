namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>The PostgreSQL ledger's SMS statements: one row per accepted text, keyed by the gateway's message id.</summary>
internal static class PostgresSmsSql
{
    public const string Insert = """
        INSERT INTO mail_sms_messages (message_id, campaign_id, seq, address, status, created_at, updated_at, kind, bytes)
        SELECT m.id, m.campaign_id, m.seq, m.address, 0, @now, @now, m.kind::smallint, m.bytes
        FROM unnest(@message_ids, @campaign_ids, @seqs, @addresses, @kinds, @bytes) AS m(id, campaign_id, seq, address, kind, bytes)
        ON CONFLICT (message_id) DO NOTHING
        """;

    /// <summary>Only an accepted text (status 0) moves, and only once.</summary>
    public const string Apply = """
        UPDATE mail_sms_messages SET status = @status, carrier_code = @code, reported_at = @at, updated_at = @now
        WHERE message_id = @message_id AND status = 0
        """;

    public const string Columns = "message_id, campaign_id, seq, address, status, carrier_code, reported_at, updated_at, kind, bytes";

    public const string Select = $"SELECT {Columns} FROM mail_sms_messages WHERE message_id = @message_id";

    /// <summary>A row's text (the latest, should a row ever have had two).</summary>
    public const string SelectRow = $"""
        SELECT {Columns} FROM mail_sms_messages WHERE campaign_id = @campaign_id AND seq = @seq
        ORDER BY created_at DESC, message_id DESC LIMIT 1
        """;

    /// <summary>A campaign's texts in row order, keyset-paged by row.</summary>
    public const string ListByCampaign = $"""
        SELECT {Columns} FROM mail_sms_messages WHERE campaign_id = @campaign_id AND seq > @after
        ORDER BY seq, message_id LIMIT @limit
        """;
}
