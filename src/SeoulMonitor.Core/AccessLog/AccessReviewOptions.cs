namespace SeoulMonitor.Core.AccessLog;

/// <summary>What the monthly access-log review flags.</summary>
public sealed class AccessReviewOptions
{
    /// <summary>Accesses at or after this Seoul hour are off-hours. Default 20.</summary>
    public int OffHoursFrom { get; set; } = 20;

    /// <summary>Accesses before this Seoul hour are off-hours. Default 8.</summary>
    public int OffHoursUntil { get; set; } = 8;

    /// <summary>One access disclosing at least this many records is a bulk access. Default 100.</summary>
    public int BulkRecordThreshold { get; set; } = 100;

    /// <summary>A handler with more accesses than this in a month is flagged. Default 500.</summary>
    public int HighVolumeThreshold { get; set; } = 500;
}
