using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The pipeline's instruments. Tags are low-cardinality only (priority, outcome, transport), never addresses.</summary>
internal sealed partial class MailingMetrics
{
    private Counter<long> _deliveries = null!;
    private Histogram<double> _sendDuration = null!;
    private Histogram<int> _flushSize = null!;
    private long _queued;
    private long _inFlight;

    /// <summary>Rows waiting in the lanes.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Rows a worker is sending now.</summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    public void AddQueued(long delta) => Interlocked.Add(ref _queued, delta);

    public void AddInFlight(long delta) => Interlocked.Add(ref _inFlight, delta);

    public void RecordOutcome(CampaignPriority priority, DeliveryState state)
    {
        if (_deliveries.Enabled)
        {
            _deliveries.Add(
                1,
                new KeyValuePair<string, object?>("mailing.campaign.priority", PriorityTag(priority)),
                new KeyValuePair<string, object?>("mailing.delivery.outcome", OutcomeTag(state)));
        }
    }

    public void RecordSend(string transport, TimeSpan duration)
    {
        if (_sendDuration.Enabled)
        {
            _sendDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("mailing.transport", transport));
        }
    }

    public void RecordFlush(int count) => _flushSize.Record(count);

    partial void InitializePipeline()
    {
        _deliveries = Meter.CreateCounter<long>(
            "seoulmonitor.mailing.deliveries", "{delivery}", "Delivery outcomes written to the ledger, by priority and outcome.");
        _sendDuration = Meter.CreateHistogram<double>(
            "seoulmonitor.mailing.send.duration", "s", "Time to hand one message to the next hop.");
        _flushSize = Meter.CreateHistogram<int>(
            "seoulmonitor.mailing.ledger.flush.size", "{outcome}", "Outcomes written to the ledger per round trip.");
        Meter.CreateObservableGauge("seoulmonitor.mailing.pipeline.queued", () => Queued, "{delivery}", "Claimed rows waiting for a worker.");
        Meter.CreateObservableGauge("seoulmonitor.mailing.pipeline.in_flight", () => InFlight, "{delivery}", "Rows a worker is sending.");
    }

    private static string PriorityTag(CampaignPriority priority) => priority switch
    {
        CampaignPriority.Urgent => "urgent",
        CampaignPriority.Normal => "normal",
        _ => "bulk",
    };

    private static string OutcomeTag(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "sent",
        DeliveryState.Deferred => "deferred",
        DeliveryState.Failed => "failed",
        DeliveryState.Suppressed => "suppressed",
        DeliveryState.Expired => "expired",
        DeliveryState.Cancelled => "cancelled",
        _ => "released",
    };
}
