namespace SeoulMonitor.Core.AccessLog;

/// <summary>
/// The monthly review of the personal-data access log (개인정보처리시스템 접속기록 월 1회 점검): totals, each handler's
/// accesses, every download with its reason, off-hours, bulk and high-volume accesses, and the sign-off.
/// </summary>
/// <param name="Year">The reviewed year (Seoul calendar).</param>
/// <param name="Month">The reviewed month (Seoul calendar).</param>
/// <param name="PeriodStart">The first instant of the month in Seoul.</param>
/// <param name="PeriodEnd">The first instant of the next month in Seoul (exclusive).</param>
/// <param name="GeneratedAt">When the report was produced.</param>
/// <param name="Status">Whether the month has been signed off.</param>
/// <param name="Criteria">The thresholds used.</param>
/// <param name="TotalAccesses">Accesses recorded in the month.</param>
/// <param name="TotalRecords">Records disclosed in the month.</param>
/// <param name="Handlers">Per-handler counts, most active first.</param>
/// <param name="Downloads">Every download, with its reason and record count, oldest first.</param>
/// <param name="OffHours">Accesses on weekends or outside working hours (Seoul), oldest first.</param>
/// <param name="BulkAccesses">Accesses disclosing at least the bulk threshold of records, oldest first.</param>
/// <param name="HighVolumeHandlers">Handlers with more accesses than the high-volume threshold.</param>
/// <param name="SignOff">The sign-off, when there is one.</param>
public sealed record AccessReviewReport(
    int Year,
    int Month,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset GeneratedAt,
    AccessReviewStatus Status,
    AccessReviewCriteria Criteria,
    int TotalAccesses,
    long TotalRecords,
    IReadOnlyList<HandlerAccessSummary> Handlers,
    IReadOnlyList<PersonalDataAccess> Downloads,
    IReadOnlyList<PersonalDataAccess> OffHours,
    IReadOnlyList<PersonalDataAccess> BulkAccesses,
    IReadOnlyList<HandlerAccessSummary> HighVolumeHandlers,
    AccessReviewSignOff? SignOff);
