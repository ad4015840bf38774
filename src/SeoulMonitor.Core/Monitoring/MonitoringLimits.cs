namespace SeoulMonitor.Core.Monitoring;

/// <summary>Limits shared by the monitoring-task feature (demands, tasks, forms, submissions, findings).</summary>
public static class MonitoringLimits
{
    /// <summary>Longest department name, in characters.</summary>
    public const int DepartmentMaxLength = 100;

    /// <summary>Shortest title, in characters.</summary>
    public const int TitleMinLength = 2;

    /// <summary>Longest title, in characters.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Longest purpose, summary or description, in characters.</summary>
    public const int TextMaxLength = 4000;

    /// <summary>Longest list of sites, in characters.</summary>
    public const int SitesMaxLength = 2000;

    /// <summary>Longest reason (rejection, return, not reflected …), in characters.</summary>
    public const int ReasonMaxLength = 1000;

    /// <summary>Smallest capacity (monitors) of one task.</summary>
    public const int MinCapacity = 1;

    /// <summary>Largest capacity (monitors) of one task.</summary>
    public const int MaxCapacity = 2000;

    /// <summary>Longest stored form definition or answer document, in characters of JSON.</summary>
    public const int JsonMaxLength = 200_000;
}
