namespace SeoulMonitor.Core.AccessLog;

/// <summary>The thresholds a review was produced with (a snapshot of <see cref="AccessReviewOptions"/>).</summary>
/// <param name="OffHoursFrom">Accesses at or after this Seoul hour are off-hours.</param>
/// <param name="OffHoursUntil">Accesses before this Seoul hour are off-hours.</param>
/// <param name="BulkRecordThreshold">One access disclosing at least this many records is bulk.</param>
/// <param name="HighVolumeThreshold">A handler with more accesses than this is flagged.</param>
public sealed record AccessReviewCriteria(int OffHoursFrom, int OffHoursUntil, int BulkRecordThreshold, int HighVolumeThreshold);
