using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SeoulMonitor.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster started from the installed binaries (initdb/pg_ctl) on a free loopback port, run as
/// the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root), and removed afterwards.
/// One cluster serves the whole test assembly; each test class creates its own database.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _shared;
    private readonly string _directory;
    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;
    private int _databaseCounter;

    private PostgresServer(string directory, string binDirectory, bool asPostgresUser, int port)
    {
        _directory = directory;
        _binDirectory = binDirectory;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The cluster for this test process, started on first use and stopped when the process exits.</summary>
    public static async Task<PostgresServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                _shared = await StartAsync();
                var server = _shared;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>The connection string of a database on this cluster.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Connection Idle Lifetime=5;Connection Pruning Interval=1;Timeout=30;Command Timeout=60";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("pg_ctl", $"stop -D \"{DataDirectory}\" -m immediate -w", throwOnError: false);
        }
        finally
        {
            try
            {
                RemoveDirectory(_directory);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>
    /// Removes the cluster's files. This runs while the test process exits, and a cluster that served hundreds of test
    /// databases holds gigabytes: deleting them in-process can outlast the test host's exit grace period (it then
    /// reports foreground threads and fails the run), so on Unix a detached <c>rm -rf</c> does it after we are gone.
    /// </summary>
    private static void RemoveDirectory(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            using var remover = Process.Start(new ProcessStartInfo("rm", ["-rf", directory]) { UseShellExecute = false });
            if (remover is not null)
            {
                return;
            }
        }

        Directory.Delete(directory, recursive: true);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql) " +
            "or set SEOULMONITOR_PG_BIN to their folder; .ci/run does this.");
        var asPostgres = Environment.UserName == "root";
        var directory = Path.Combine(Path.GetTempPath(), $"seoulmonitor-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (asPostgres)
        {
            await RunProcessAsync("chown", $"postgres \"{directory}\"", throwOnError: true);
        }

        var port = FreePort();
        var server = new PostgresServer(directory, bin, asPostgres, port);
        await server.RunAsync("initdb", $"-D \"{server.DataDirectory}\" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync", throwOnError: true);
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k \\\"{directory}\\\" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500";
        await server.RunAsync("pg_ctl", $"start -D \"{server.DataDirectory}\" -l \"{Path.Combine(directory, "log.txt")}\" -w -t 60 -o \"{options}\"", throwOnError: true);
        return server;
    }

    private Task RunAsync(string tool, string arguments, bool throwOnError)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _asPostgresUser
            ? RunProcessAsync("runuser", $"-u postgres -- \"{executable}\" {arguments}", throwOnError)
            : RunProcessAsync(executable, arguments, throwOnError);
    }

    private static async Task RunProcessAsync(string fileName, string arguments, bool throwOnError)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {arguments} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("SEOULMONITOR_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            foreach (var version in Directory.GetDirectories(debianRoot).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            {
                var bin = Path.Combine(version, "bin");
                if (File.Exists(Path.Combine(bin, "initdb")))
                {
                    return bin;
                }
            }
        }

        foreach (var path in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            if (File.Exists(Path.Combine(path, "initdb")) && File.Exists(Path.Combine(path, "pg_ctl")))
            {
                return path;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
