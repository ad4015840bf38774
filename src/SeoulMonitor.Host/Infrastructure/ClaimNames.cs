namespace SeoulMonitor.Host.Infrastructure;

/// <summary>The custom claims the host reads from bearer tokens.</summary>
public static class ClaimNames
{
    /// <summary>The monitor's id (a GUID) on monitor and community-leader tokens.</summary>
    public const string MonitorId = "monitor_id";

    /// <summary>The department's name on department-officer tokens.</summary>
    public const string Department = "department";
}
