namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Limits of task setup and listing (each tested at its boundary).</summary>
public static class MonitoringTaskLimits
{
    /// <summary>Most eligible districts of one task (Seoul has 25).</summary>
    public const int MaxEligibleDistricts = 25;

    /// <summary>Most required training sessions of one task.</summary>
    public const int MaxRequiredTrainingSessions = 20;

    /// <summary>Longest span from the opening of recruitment to the close of fieldwork.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(400);

    /// <summary>Default page size of task and demand lists.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Largest page of task and demand lists.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Longest page cursor (<c>after</c>) of task and demand lists, in characters.</summary>
    public const int MaxCursorLength = 128;

    /// <summary>Most departments listed at once.</summary>
    public const int MaxDepartments = 1000;

    /// <summary>Most open tasks listed for monitors at once.</summary>
    public const int MaxOpenTasks = 200;
}
