namespace SeoulMonitor.Mailing.Ledger.PostgreSql;

/// <summary>
/// The PostgreSQL ledger's whole schema, created by <c>InitializeAsync</c> in one transaction under an advisory lock
/// (CREATE … IF NOT EXISTS is not race-free when several nodes start at once); every statement is idempotent, so a
/// ledger of an older version gets the tables it lacks on start. Version 2 added the SMS texts and the bounce events.
/// </summary>
internal static class PostgresLedgerSchema
{
    /// <summary>The lock, then campaigns, deliveries and suppressions (version 1).</summary>
    private const string Core = """
        SELECT pg_advisory_xact_lock(7340014211);
        CREATE TABLE IF NOT EXISTS mail_schema_version (
            version integer NOT NULL PRIMARY KEY,
            applied_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS mail_campaigns (
            id uuid NOT NULL PRIMARY KEY,
            name text NOT NULL,
            channel smallint NOT NULL,
            priority smallint NOT NULL,
            state smallint NOT NULL,
            definition jsonb NOT NULL,
            send_at timestamptz NULL,
            send_by timestamptz NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            recipient_count bigint NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS ix_mail_campaigns_state ON mail_campaigns (state, priority, created_at);
        CREATE TABLE IF NOT EXISTS mail_deliveries (
            campaign_id uuid NOT NULL REFERENCES mail_campaigns (id),
            seq bigint NOT NULL,
            recipient_id text NOT NULL,
            address text NOT NULL,
            address_key text NOT NULL,
            domain text NOT NULL,
            fields text NULL,
            consent_id text NULL,
            state smallint NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            retry_at timestamptz NULL,
            lease_owner text NULL,
            lease_until timestamptz NULL,
            reply_code integer NULL,
            reply text NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (campaign_id, seq),
            UNIQUE (campaign_id, address_key),
            UNIQUE (campaign_id, recipient_id));
        CREATE INDEX IF NOT EXISTS ix_mail_deliveries_open ON mail_deliveries (campaign_id, seq) WHERE state < 10;
        CREATE TABLE IF NOT EXISTS mail_suppressions (
            channel smallint NOT NULL,
            address_key text NOT NULL,
            reason text NOT NULL,
            created_at timestamptz NOT NULL,
            PRIMARY KEY (channel, address_key));
        """;

    /// <summary>The SMS texts' gateway message ids and carrier outcomes (version 2).</summary>
    private const string Sms = """
        CREATE TABLE IF NOT EXISTS mail_sms_messages (
            message_id text NOT NULL PRIMARY KEY,
            campaign_id uuid NOT NULL,
            seq bigint NOT NULL,
            address text NOT NULL,
            status smallint NOT NULL,
            carrier_code text NULL,
            reported_at timestamptz NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL);
        ALTER TABLE mail_sms_messages ADD COLUMN IF NOT EXISTS kind smallint NULL;
        ALTER TABLE mail_sms_messages ADD COLUMN IF NOT EXISTS bytes integer NULL;
        CREATE INDEX IF NOT EXISTS ix_mail_sms_messages_row ON mail_sms_messages (campaign_id, seq);
        """;

    /// <summary>Bounce events, and the index that finds an address's rows (version 2).</summary>
    private const string Bounces = """
        CREATE TABLE IF NOT EXISTS mail_bounces (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            campaign_id uuid NOT NULL,
            seq bigint NOT NULL,
            report_id text NOT NULL,
            kind smallint NOT NULL,
            address text NOT NULL,
            status text NULL,
            diagnostic text NULL,
            received_at timestamptz NOT NULL,
            UNIQUE (report_id, campaign_id, seq));
        CREATE INDEX IF NOT EXISTS ix_mail_bounces_row ON mail_bounces (campaign_id, seq);
        CREATE INDEX IF NOT EXISTS ix_mail_deliveries_address ON mail_deliveries (address_key);
        """;

    private const string Version = """
        INSERT INTO mail_schema_version (version, applied_at) VALUES (@version, @now) ON CONFLICT DO NOTHING;
        """;

    public const string All = Core + Sms + Bounces + Version;
}
