namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>A temporary directory holding one campaign's SQLite ledger file and the node's journal; deleted on dispose.</summary>
internal sealed class CrashWorkspace : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sm-crash-" + Guid.NewGuid().ToString("N"));

    public Guid CampaignId { get; } = Guid.NewGuid();

    public string LedgerPath => Path.Combine(Root, "ledger.db");

    public string JournalDirectory => Path.Combine(Root, "journal");

    public string ConnectionString => "Data Source=" + LedgerPath;

    public CrashWorkspace() => Directory.CreateDirectory(Root);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
