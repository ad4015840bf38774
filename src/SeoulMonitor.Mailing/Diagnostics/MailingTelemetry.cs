using System.Diagnostics;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The names of the Mailing library's telemetry sources, for <c>AddMeter</c> and <c>AddSource</c>.</summary>
public static class MailingTelemetry
{
    /// <summary>The Meter's name.</summary>
    public const string MeterName = "SeoulMonitor.Mailing";

    /// <summary>The ActivitySource's name.</summary>
    public const string ActivitySourceName = "SeoulMonitor.Mailing";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
