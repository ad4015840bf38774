using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger.PostgreSql;
using SeoulMonitor.Mailing.Ledger.Sqlite;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Creates the configured ledger implementation (the engine's registration calls this).</summary>
internal static class DeliveryLedgerFactory
{
    /// <summary>A ledger for <paramref name="options"/>; call <see cref="IDeliveryLedger.InitializeAsync"/> before use.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static IDeliveryLedger Create(
        LedgerOptions options, TimeProvider? time = null, ILoggerFactory? loggerFactory = null, MailingMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        options.Validate(failures);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        var logger = loggerFactory?.CreateLogger("SeoulMonitor.Mailing.Ledger");
        return options.Provider switch
        {
            MailLedgerProvider.PostgreSql => new PostgresDeliveryLedger(options, time, logger, metrics),
            _ => new SqliteDeliveryLedger(options, time, logger, metrics),
        };
    }
}
