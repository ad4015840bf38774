using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>
/// Transport instruments: <c>seoulmonitor.mailing.transport.connections</c> (opened and failed connects, tag
/// <c>result</c>), <c>seoulmonitor.mailing.transport.connections.active</c>, <c>seoulmonitor.mailing.transport.messages</c>
/// (tag <c>outcome</c>) and <c>seoulmonitor.mailing.transport.send.duration</c>; every one tagged with <c>transport</c>.
/// </summary>
internal sealed partial class MailingMetrics
{
    private static readonly string[] OutcomeNames = ["accepted", "temporary_failure", "permanent_failure", "connection_failure"];

    private Counter<long> _transportConnections = null!;
    private UpDownCounter<long> _transportActiveConnections = null!;
    private Counter<long> _transportMessages = null!;
    private Histogram<double> _transportSendDuration = null!;

    public void TransportConnectionOpened(string transport)
    {
        _transportConnections.Add(1, new("transport", transport), new("result", "opened"));
        _transportActiveConnections.Add(1, new KeyValuePair<string, object?>("transport", transport));
    }

    public void TransportConnectFailed(string transport)
        => _transportConnections.Add(1, new("transport", transport), new("result", "failed"));

    public void TransportConnectionClosed(string transport)
        => _transportActiveConnections.Add(-1, new KeyValuePair<string, object?>("transport", transport));

    public void TransportMessage(string transport, SendOutcomeKind outcome, TimeSpan elapsed)
    {
        if (_transportMessages.Enabled)
        {
            _transportMessages.Add(1, new("transport", transport), new("outcome", OutcomeNames[(int)outcome]));
        }

        if (_transportSendDuration.Enabled)
        {
            _transportSendDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("transport", transport));
        }
    }

    partial void InitializeTransport()
    {
        _transportConnections = Meter.CreateCounter<long>("seoulmonitor.mailing.transport.connections", "{connection}", "Connections opened or failed to open, by transport.");
        _transportActiveConnections = Meter.CreateUpDownCounter<long>("seoulmonitor.mailing.transport.connections.active", "{connection}", "Connections open now, by transport.");
        _transportMessages = Meter.CreateCounter<long>("seoulmonitor.mailing.transport.messages", "{message}", "Messages handed to the next hop, by outcome.");
        _transportSendDuration = Meter.CreateHistogram<double>("seoulmonitor.mailing.transport.send.duration", "s", "Time to hand one message to the next hop.");
    }
}
