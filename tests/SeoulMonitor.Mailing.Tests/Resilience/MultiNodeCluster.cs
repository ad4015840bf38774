using System.Globalization;
using Npgsql;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Several crash-harness processes (nodes) sharing one PostgreSQL ledger, a fresh database of the test cluster, and
/// one in-process SMTP server; every message carries its sender's node id in <c>X-Harness-Node</c>.
/// </summary>
internal sealed class MultiNodeCluster : IDisposable
{
    public const string NodeHeader = "X-Harness-Node";
    private readonly CrashWorkspace _workspace = new();
    private readonly FaultySmtpServer _server;
    private readonly List<CrashHarnessProcess> _nodes = [];

    private MultiNodeCluster(FaultySmtpServer server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public Guid CampaignId => _workspace.CampaignId;

    public LedgerOptions Ledger => new() { Provider = MailLedgerProvider.PostgreSql, ConnectionString = ConnectionString };

    public static async Task<MultiNodeCluster> CreateAsync(FaultySmtpServer server)
    {
        var postgres = await PostgresServer.GetAsync();
        return new MultiNodeCluster(server, await postgres.CreateDatabaseAsync("multinode"));
    }

    /// <summary>Starts node <paramref name="nodeId"/> and waits until it has the campaign running.</summary>
    public async Task<CrashHarnessProcess> StartNodeAsync(string nodeId, int recipients, int connections, int ratePerSecond, TimeSpan lease, TimeSpan timeout)
    {
        var node = CrashHarnessProcess.Start(
        [
            "--smtp", string.Create(CultureInfo.InvariantCulture, $"{_server.Host}:{_server.Port}"),
            "--ledger-provider", "postgres", "--ledger", ConnectionString, "--node", nodeId,
            "--journal", _workspace.JournalDirectory, "--campaign", CampaignId.ToString(),
            "--recipients", recipients.ToString(CultureInfo.InvariantCulture), "--connections", connections.ToString(CultureInfo.InvariantCulture),
            "--rate", ratePerSecond.ToString(CultureInfo.InvariantCulture),
            "--lease-ms", ((int)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        ]);
        _nodes.Add(node);
        await node.WaitForLineAsync(static line => line == "running", timeout);
        return node;
    }

    /// <summary>The rows in flight under <paramref name="owner"/>'s lease (read right after it was killed: what it held when it died).</summary>
    public async Task<HashSet<long>> LeasedToAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT seq FROM mail_deliveries WHERE campaign_id = @campaign_id AND state = 1 AND lease_owner = @owner", connection);
        command.Parameters.AddWithValue("campaign_id", CampaignId);
        command.Parameters.AddWithValue("owner", owner);
        var rows = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }

    /// <summary>For each ledger row (by sequence) the node of every copy the server accepted, in arrival order.</summary>
    public Dictionary<long, List<string>> SendersByRow()
    {
        var prefix = CampaignId.ToString("N") + ".";
        var senders = new Dictionary<long, List<string>>();
        foreach (var message in _server.Messages)
        {
            var parsed = message.Parse();
            if (parsed.MessageId is not { } id || !id.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var sequence = long.Parse(id.AsSpan(prefix.Length, id.IndexOf('@', StringComparison.Ordinal) - prefix.Length), CultureInfo.InvariantCulture);
            var node = parsed.Headers[NodeHeader] ?? "(none)";
            if (!senders.TryGetValue(sequence, out var list))
            {
                senders[sequence] = list = [];
            }

            list.Add(node.Trim());
        }

        return senders;
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        _workspace.Dispose();
    }
}
