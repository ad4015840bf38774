using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core;

/// <summary>Where the domain model is stored.</summary>
public sealed class StorageOptions
{
    /// <summary>The provider. Default: <see cref="StorageProvider.Sqlite"/> (embedded, no server).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. Default: <c>Data Source=data/seoulmonitor.db</c> (a file beside the process).
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/seoulmonitor.db";
}
