using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Bounce processing's instruments (created on first use).</summary>
internal sealed partial class MailingMetrics
{
    private Counter<long>? _bounces;
    private Counter<long>? _bouncesRefused;

    /// <summary>Counts a processed bounce by kind and whether it suppressed the address.</summary>
    public void BounceProcessed(BounceKind kind, bool suppressed)
    {
        _bounces ??= Meter.CreateCounter<long>("seoulmonitor.mailing.bounces", "{report}", "Bounce reports processed, by kind.");
        if (_bounces.Enabled)
        {
            _bounces.Add(1, new("kind", kind.ToString().ToLowerInvariant()), new("suppressed", suppressed));
        }
    }

    /// <summary>Counts a refused bounce message by error code.</summary>
    public void BounceRefused(string code)
    {
        _bouncesRefused ??= Meter.CreateCounter<long>("seoulmonitor.mailing.bounces.refused", "{message}", "Bounce messages refused, by error code.");
        if (_bouncesRefused.Enabled)
        {
            _bouncesRefused.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }
}
