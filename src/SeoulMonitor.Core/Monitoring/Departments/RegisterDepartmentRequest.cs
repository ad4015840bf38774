namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>A department to register.</summary>
/// <param name="Name">The official Korean name (the officers' <c>department</c> claim), at most <see cref="MonitoringLimits.DepartmentMaxLength"/> characters.</param>
/// <param name="ContactEmail">The address for the department's notices (optional).</param>
public sealed record RegisterDepartmentRequest(string? Name, string? ContactEmail);
