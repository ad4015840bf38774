using System.Diagnostics.Metrics;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>
/// The Mailing library's instruments, created from <see cref="IMeterFactory"/> under <see cref="MailingTelemetry.MeterName"/>.
/// One partial file per area adds its instruments (MailingMetrics.Pipeline.cs, MailingMetrics.Transport.cs, …);
/// each area initialises them from <see cref="Meter"/> in a partial method called by the constructor.
/// </summary>
internal sealed partial class MailingMetrics
{
    public MailingMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MailingTelemetry.MeterName);
        InitializePipeline();
        InitializeTransport();
        InitializeLedger();
        InitializeSms();
    }

    /// <summary>The library's meter.</summary>
    public Meter Meter { get; }

    partial void InitializePipeline();

    partial void InitializeTransport();

    partial void InitializeLedger();

    partial void InitializeSms();
}
