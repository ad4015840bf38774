using System.Globalization;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// The command line: <c>--smtp HOST:PORT --ledger FILE|CONNECTION --journal DIR --campaign GUID --recipients N
/// --connections C</c>, and for several nodes on one PostgreSQL ledger <c>--ledger-provider postgres --node ID
/// --lease-ms L --rate R</c> (messages per second for this node).
/// </summary>
internal sealed record HarnessArguments(
    string SmtpHost,
    int SmtpPort,
    MailLedgerProvider LedgerProvider,
    string Ledger,
    string JournalDirectory,
    Guid CampaignId,
    int Recipients,
    int Connections,
    string NodeId,
    TimeSpan LeaseDuration,
    int RatePerSecond)
{
    public const string DefaultNodeId = "crash-harness";

    public const string Usage =
        "usage: SeoulMonitor.Mailing.CrashHarness --smtp HOST:PORT --ledger FILE|CONNECTION --journal DIR --campaign GUID --recipients N --connections C " +
        "[--ledger-provider sqlite|postgres] [--node ID] [--lease-ms 100-600000] [--rate 1-1000000]";

    /// <summary>The arguments, or null (with the reason) when one is missing or malformed.</summary>
    public static HarnessArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        error = null;
        if (!values.TryGetValue("--smtp", out var smtp) || smtp.LastIndexOf(':') is var colon && colon <= 0
            || !int.TryParse(smtp.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            error = "--smtp HOST:PORT is required.";
            return null;
        }

        if (!values.TryGetValue("--ledger", out var ledger) || !values.TryGetValue("--journal", out var journal))
        {
            error = "--ledger and --journal are required.";
            return null;
        }

        if (!values.TryGetValue("--campaign", out var campaign) || !Guid.TryParse(campaign, out var campaignId))
        {
            error = "--campaign GUID is required.";
            return null;
        }

        MailLedgerProvider? provider = values.GetValueOrDefault("--ledger-provider", "sqlite") switch
        {
            "sqlite" => MailLedgerProvider.Sqlite,
            "postgres" => MailLedgerProvider.PostgreSql,
            _ => null,
        };
        var node = values.GetValueOrDefault("--node", DefaultNodeId);
        var recipients = Number(values, "--recipients", 1_000);
        var connections = Number(values, "--connections", 4);
        var leaseMs = Number(values, "--lease-ms", 120_000);
        var rate = Number(values, "--rate", 1_000_000);
        if (provider is null || node.Length is 0 or > 100 || recipients is < 1 or > 1_000_000 || connections is < 1 or > 64
            || leaseMs is < 100 or > 600_000 || rate is < 1 or > 1_000_000)
        {
            error = "--ledger-provider must be sqlite or postgres, --node 1–100 characters, --recipients 1–1,000,000, --connections 1–64, " +
                "--lease-ms 100–600,000 and --rate 1–1,000,000.";
            return null;
        }

        return new HarnessArguments(
            smtp[..colon], port, provider.Value, ledger, journal, campaignId, recipients, connections, node, TimeSpan.FromMilliseconds(leaseMs), rate);
    }

    /// <summary>The value, <paramref name="fallback"/> when absent, -1 when malformed.</summary>
    private static int Number(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }
}
