namespace SeoulMonitor.Host.Monitoring;

/// <summary>A department's new notices address (blank clears it).</summary>
/// <param name="ContactEmail">The address.</param>
public sealed record DepartmentsContactRequest(string? ContactEmail);
