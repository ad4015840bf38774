using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>
/// A fresh, initialised ledger database of one provider: a temporary SQLite file, or a new database on the test
/// PostgreSQL cluster. <see cref="NewLedger"/> gives further instances on the same database (other "nodes").
/// </summary>
internal sealed class LedgerTestDatabase : IAsyncDisposable
{
    private readonly string? _file;

    private LedgerTestDatabase(LedgerOptions options, string? file, IDeliveryLedger ledger)
    {
        Options = options;
        _file = file;
        Ledger = ledger;
    }

    /// <summary>2026-03-02 10:00 in Seoul.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public LedgerOptions Options { get; }

    public IDeliveryLedger Ledger { get; }

    public static async Task<LedgerTestDatabase> CreateAsync(MailLedgerProvider provider)
    {
        string connectionString;
        string? file = null;
        if (provider == MailLedgerProvider.PostgreSql)
        {
            var server = await PostgresServer.GetAsync();
            connectionString = await server.CreateDatabaseAsync("mail");
        }
        else
        {
            file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-ledger-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={file}";
        }

        var options = new LedgerOptions { Provider = provider, ConnectionString = connectionString, CommandTimeout = TimeSpan.FromSeconds(60) };
        var ledger = DeliveryLedgerFactory.Create(options, new FakeTimeProvider(Start));
        await ledger.InitializeAsync(TestContext.Current.CancellationToken);
        return new LedgerTestDatabase(options, file, ledger);
    }

    public IDeliveryLedger NewLedger() => DeliveryLedgerFactory.Create(Options, new FakeTimeProvider(Start));

    /// <summary>Runs raw SQL on the database (schema tests); returns the first column of the first row, if any.</summary>
    public async Task<object?> SqlAsync(string sql)
    {
        await using DbConnection connection = Options.Provider == MailLedgerProvider.PostgreSql
            ? new NpgsqlConnection(Options.ConnectionString)
            : new SqliteConnection(Options.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
