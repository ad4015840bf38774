namespace SeoulMonitor.Mailing.Ledger;

/// <summary>The database that holds the delivery ledger.</summary>
public enum MailLedgerProvider
{
    /// <summary>One SQLite file: the embedded default, for a single host process.</summary>
    Sqlite,

    /// <summary>PostgreSQL: several host processes share one ledger and claim rows with <c>FOR UPDATE SKIP LOCKED</c>.</summary>
    PostgreSql,
}
