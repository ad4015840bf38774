namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Where the delivery ledger lives.</summary>
public sealed class LedgerOptions
{
    /// <summary>The default <see cref="ConnectionString"/>: a SQLite file under <c>data/</c>.</summary>
    public const string DefaultConnectionString = "Data Source=data/mail-ledger.db";

    /// <summary>The database; default <see cref="MailLedgerProvider.Sqlite"/>.</summary>
    public MailLedgerProvider Provider { get; set; } = MailLedgerProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string of <see cref="Provider"/>; default <c>Data Source=data/mail-ledger.db</c>
    /// (a SQLite file, its folder created on initialisation).
    /// </summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// How long one ledger command may run (also how long SQLite waits for a busy database); default 30 seconds,
    /// from 1 second to 1 hour.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times the engine's start tries to create the ledger's tables while the database is unreachable
    /// (connection or I/O errors, timeouts) before the start fails; default 10, from 1 to 100.
    /// </summary>
    public int InitializeAttempts { get; set; } = 10;

    /// <summary>
    /// How long the engine's start waits between two attempts to create the ledger's tables; default 3 seconds, from
    /// 10 milliseconds to 5 minutes. With the defaults a start waits about 27 seconds for the database, then fails.
    /// </summary>
    public TimeSpan InitializeRetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (!Enum.IsDefined(Provider))
        {
            failures.Add($"Mailing:Ledger:Provider '{Provider}' is not Sqlite or PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            failures.Add("Mailing:Ledger:ConnectionString is required.");
        }

        if (CommandTimeout < TimeSpan.FromSeconds(1) || CommandTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("Mailing:Ledger:CommandTimeout must be between 1 second and 1 hour.");
        }

        if (InitializeAttempts is < 1 or > 100)
        {
            failures.Add("Mailing:Ledger:InitializeAttempts must be between 1 and 100.");
        }

        if (InitializeRetryDelay < TimeSpan.FromMilliseconds(10) || InitializeRetryDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add("Mailing:Ledger:InitializeRetryDelay must be between 10 milliseconds and 5 minutes.");
        }
    }
}
