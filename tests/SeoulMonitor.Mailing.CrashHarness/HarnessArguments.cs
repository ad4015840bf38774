using System.Globalization;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// The command line: <c>--smtp HOST:PORT --ledger FILE --journal DIR --campaign GUID --recipients N --connections C</c>.
/// </summary>
internal sealed record HarnessArguments(string SmtpHost, int SmtpPort, string LedgerPath, string JournalDirectory, Guid CampaignId, int Recipients, int Connections)
{
    public const string Usage =
        "usage: SeoulMonitor.Mailing.CrashHarness --smtp HOST:PORT --ledger FILE --journal DIR --campaign GUID --recipients N --connections C";

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

        var recipients = Number(values, "--recipients", 1_000);
        var connections = Number(values, "--connections", 4);
        if (recipients is < 1 or > 1_000_000 || connections is < 1 or > 64)
        {
            error = "--recipients must be 1–1,000,000 and --connections 1–64.";
            return null;
        }

        return new HarnessArguments(smtp[..colon], port, ledger, journal, campaignId, recipients, connections);
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
