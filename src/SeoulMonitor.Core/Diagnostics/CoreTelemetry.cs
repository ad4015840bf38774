using System.Diagnostics;

namespace SeoulMonitor.Core.Diagnostics;

/// <summary>The names of the Core library's telemetry sources, for <c>AddMeter</c> and <c>AddSource</c>.</summary>
public static class CoreTelemetry
{
    /// <summary>The Meter's name.</summary>
    public const string MeterName = "SeoulMonitor.Core";

    /// <summary>The ActivitySource's name.</summary>
    public const string ActivitySourceName = "SeoulMonitor.Core";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
