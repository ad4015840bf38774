namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>An injury claim to record.</summary>
/// <param name="TaskId">The task during whose fieldwork it happened (its roster is the cover).</param>
/// <param name="MonitorId">The injured monitor (must be on the roster).</param>
/// <param name="IncidentAt">When it happened (within the coverage window, not in the future).</param>
/// <param name="Description">What happened (1 to <see cref="InsuranceLimits.DescriptionMaxLength"/> characters).</param>
public sealed record FileClaimRequest(Guid TaskId, Guid MonitorId, DateTimeOffset IncidentAt, string? Description);
