namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>What one SLA run queued: reminders and overdue notices (findings counted), and departments told.</summary>
public sealed record ReflectionSlaRun(int Reminders, int OverdueNotices, int Departments);
