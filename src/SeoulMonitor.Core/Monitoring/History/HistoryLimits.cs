namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>Limits of the historical-task import (the embedded 2013–2014 records or a city's own CSV).</summary>
public static class HistoryLimits
{
    /// <summary>Largest CSV accepted, in bytes (512 KiB: decades of records; the 2013–2014 file is about 7 KiB).</summary>
    public const int MaxCsvBytes = 512 * 1024;

    /// <summary>Most data lines in one CSV.</summary>
    public const int MaxRows = 5000;

    /// <summary>Earliest program year accepted (in records and in statistics).</summary>
    public const int EarliestYear = 1990;

    /// <summary>Latest program year accepted (in records and in statistics).</summary>
    public const int LatestYear = 2100;

    /// <summary>Largest sequence number of a task within its year (keys are <c>yyyy-NN</c>, <c>yyyy-NNN</c>).</summary>
    public const int MaxSequence = 999;

    /// <summary>Longest fieldwork of a historical task, in days (start to end date inclusive).</summary>
    public const int MaxFieldworkDays = 366;

    /// <summary>
    /// The records hold no recruitment dates; an imported task's recruitment window is stated as the
    /// <see cref="RecruitmentDays"/> days before its fieldwork starts (Seoul midnight to Seoul midnight).
    /// </summary>
    public const int RecruitmentDays = 14;
}
