namespace SeoulMonitor.Mailing.Ledger.Sqlite;

/// <summary>
/// The SQLite ledger's whole schema, created by <c>InitializeAsync</c> (every statement idempotent, so a ledger of an
/// older version gets the tables it lacks on start). Version 2 added the SMS texts and the bounce events.
/// </summary>
internal static class SqliteLedgerSchema
{
    /// <summary>Campaigns, deliveries and suppressions (version 1).</summary>
    private const string Core = """
        CREATE TABLE IF NOT EXISTS mail_schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            applied_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS mail_campaigns (
            id BLOB NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            channel INTEGER NOT NULL,
            priority INTEGER NOT NULL,
            state INTEGER NOT NULL,
            definition TEXT NOT NULL,
            send_at INTEGER NULL,
            send_by INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            recipient_count INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS ix_mail_campaigns_state ON mail_campaigns (state, priority, created_at);
        CREATE TABLE IF NOT EXISTS mail_deliveries (
            campaign_id BLOB NOT NULL,
            seq INTEGER NOT NULL,
            recipient_id TEXT NOT NULL,
            address TEXT NOT NULL,
            address_key TEXT NOT NULL,
            domain TEXT NOT NULL,
            fields TEXT NULL,
            consent_id TEXT NULL,
            state INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            retry_at INTEGER NULL,
            lease_owner TEXT NULL,
            lease_until INTEGER NULL,
            reply_code INTEGER NULL,
            reply TEXT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, seq),
            UNIQUE (campaign_id, address_key),
            UNIQUE (campaign_id, recipient_id));
        CREATE INDEX IF NOT EXISTS ix_mail_deliveries_open ON mail_deliveries (campaign_id, seq) WHERE state < 10;
        CREATE TABLE IF NOT EXISTS mail_suppressions (
            channel INTEGER NOT NULL,
            address_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (channel, address_key));
        """;

    /// <summary>The SMS texts' gateway message ids and carrier outcomes (version 2).</summary>
    private const string Sms = """
        CREATE TABLE IF NOT EXISTS mail_sms_messages (
            message_id TEXT NOT NULL PRIMARY KEY,
            campaign_id BLOB NOT NULL,
            seq INTEGER NOT NULL,
            address TEXT NOT NULL,
            status INTEGER NOT NULL,
            carrier_code TEXT NULL,
            reported_at INTEGER NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            kind INTEGER NULL,
            bytes INTEGER NULL);
        CREATE INDEX IF NOT EXISTS ix_mail_sms_messages_row ON mail_sms_messages (campaign_id, seq);
        """;

    /// <summary>Bounce events, and the index that finds an address's rows (version 2).</summary>
    private const string Bounces = """
        CREATE TABLE IF NOT EXISTS mail_bounces (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            campaign_id BLOB NOT NULL,
            seq INTEGER NOT NULL,
            report_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            address TEXT NOT NULL,
            status TEXT NULL,
            diagnostic TEXT NULL,
            received_at INTEGER NOT NULL,
            UNIQUE (report_id, campaign_id, seq));
        CREATE INDEX IF NOT EXISTS ix_mail_bounces_row ON mail_bounces (campaign_id, seq);
        CREATE INDEX IF NOT EXISTS ix_mail_deliveries_address ON mail_deliveries (address_key);
        """;

    private const string Version = """
        INSERT INTO mail_schema_version (version, applied_at) VALUES (@version, @now) ON CONFLICT DO NOTHING;
        """;

    public const string All = Core + Sms + Bounces + Version;

    /// <summary>Whether <c>mail_sms_messages</c> lacks the kind and bytes columns (a version 2 ledger made before them).</summary>
    public const string SmsMeasureMissing = "SELECT COUNT(*) = 0 FROM pragma_table_info('mail_sms_messages') WHERE name = 'kind'";

    /// <summary>Adds the kind and bytes columns (nullable: texts recorded before them stay unknown).</summary>
    public const string AddSmsMeasure = """
        ALTER TABLE mail_sms_messages ADD COLUMN kind INTEGER NULL;
        ALTER TABLE mail_sms_messages ADD COLUMN bytes INTEGER NULL;
        """;
}
