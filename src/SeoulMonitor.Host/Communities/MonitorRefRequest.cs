namespace SeoulMonitor.Host.Communities;

/// <summary>Names a monitor (the invitee, or the new leader).</summary>
/// <param name="MonitorId">The monitor's id.</param>
public sealed record MonitorRefRequest(Guid? MonitorId);
