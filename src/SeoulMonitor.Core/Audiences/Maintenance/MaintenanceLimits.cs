namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The explicit limits and deadlines of the consent upkeep and data-subject requests.</summary>
public static class MaintenanceLimits
{
    /// <summary>
    /// Personal data is destroyed within this many days of the subscriber's last consent ending (표준지침: "지체 없이" =
    /// 5 days). The rule: the daily job destroys every subscriber left without an Active or Pending consent at its first
    /// run after the last consent ended (0 days of waiting), so the deadline holds as long as the job runs at least
    /// once in any 5 days (it runs daily, and staff can run it from the host).
    /// </summary>
    public const int DestructionDeadlineDays = 5;

    /// <summary>A subscriber recorded with no consent at all is destroyed once this old (time for a staff flow to add its consents).</summary>
    public static readonly TimeSpan NoConsentGrace = TimeSpan.FromDays(1);

    /// <summary>A data-subject request must be answered within this many days of receipt (시행령 41·43·44).</summary>
    public const int DataRequestDays = 10;

    /// <summary>Open data-subject requests one listing returns at most (overdue first).</summary>
    public const int MaxOpenRequestsListed = 500;

    /// <summary>Destruction records one listing returns at most (newest first).</summary>
    public const int MaxDestructionRecordsListed = 1000;
}
