namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>The explicit limits of recruitment and selection.</summary>
public static class RecruitmentLimits
{
    /// <summary>
    /// The most applications one task takes (counting re-applications: the task's arrival counter may not pass it).
    /// Bounds the waitlist and the lottery's draw.
    /// </summary>
    public const long MaxApplicationsPerTask = 20_000;

    /// <summary>Shortest staff removal reason, in characters (after trimming).</summary>
    public const int ReasonMinLength = 2;

    /// <summary>Longest staff removal reason, in characters (the shared reason limit).</summary>
    public const int ReasonMaxLength = MonitoringLimits.ReasonMaxLength;

    /// <summary>
    /// How many times a unit of work is run again when the database reports a transient conflict between concurrent
    /// writers (a SQLite BUSY after its busy timeout; a PostgreSQL serialization failure or deadlock).
    /// </summary>
    public const int TransientRetries = 3;
}
