using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The delivery ledger's instruments.</summary>
internal sealed partial class MailingMetrics
{
    private Counter<long> _ledgerRowsWritten = null!;
    private Histogram<double> _ledgerBatchDuration = null!;

    /// <summary>Counts ledger rows written by one batch operation (<c>add</c>, <c>claim</c>, <c>complete</c>, <c>finish</c>).</summary>
    public void LedgerBatch(string operation, MailLedgerProvider provider, long rows, TimeSpan elapsed)
    {
        var providerName = provider == MailLedgerProvider.Sqlite ? "sqlite" : "postgresql";
        if (_ledgerRowsWritten.Enabled)
        {
            _ledgerRowsWritten.Add(rows, new("operation", operation), new("provider", providerName));
        }

        if (_ledgerBatchDuration.Enabled)
        {
            _ledgerBatchDuration.Record(elapsed.TotalSeconds, new("operation", operation), new("provider", providerName));
        }
    }

    partial void InitializeLedger()
    {
        _ledgerRowsWritten = Meter.CreateCounter<long>(
            "seoulmonitor.mailing.ledger.rows", "{row}", "Ledger rows written by batch operations.");
        _ledgerBatchDuration = Meter.CreateHistogram<double>(
            "seoulmonitor.mailing.ledger.batch.duration", "s", "Duration of one ledger batch operation (one transaction).");
    }
}
