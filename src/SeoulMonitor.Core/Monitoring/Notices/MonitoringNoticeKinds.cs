namespace SeoulMonitor.Core.Monitoring.Notices;

/// <summary>The outbox kinds of the monitoring feature's notices (to monitors and departments).</summary>
public static class MonitoringNoticeKinds
{
    /// <summary>A monitor was selected, waitlisted, promoted or not selected.</summary>
    public const string Recruitment = "task-recruitment";

    /// <summary>A monitor's submission was approved, returned or rejected.</summary>
    public const string Review = "task-review";

    /// <summary>A department received findings.</summary>
    public const string FindingsSent = "task-findings-sent";

    /// <summary>A department is reminded of a reflection result due soon.</summary>
    public const string ReflectionReminder = "task-reflection-reminder";

    /// <summary>A department is told a reflection result is overdue.</summary>
    public const string ReflectionOverdue = "task-reflection-overdue";

    /// <summary>A contributing monitor is told a finding's state changed.</summary>
    public const string FindingUpdate = "task-finding-update";

    /// <summary>A demand's requester is told the screening outcome.</summary>
    public const string Screening = "task-screening";
}
