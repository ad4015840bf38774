using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A monitor who contributed to a finding (internal: never leaves Core in a department-facing view).</summary>
internal sealed record Contributor(Guid MonitorId, string Name, string Email, MembershipState State);
