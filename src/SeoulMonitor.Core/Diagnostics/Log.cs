using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Diagnostics;

/// <summary>Every log message of the Core library.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Database migrated ({Provider}); {Applied} migration(s) applied.")]
    public static partial void DatabaseMigrated(this ILogger logger, string provider, int applied);

    [LoggerMessage(2, LogLevel.Information, "Demo data seeded: {Monitors} monitors, {Communities} communities, {Sessions} training sessions.")]
    public static partial void DemoDataSeeded(this ILogger logger, int monitors, int communities, int sessions);

    [LoggerMessage(3, LogLevel.Information, "{Count} membership term(s) expired on {Date}.")]
    public static partial void TermsExpired(this ILogger logger, int count, DateOnly date);

    [LoggerMessage(4, LogLevel.Warning, "Audit chain verification failed at entry {Sequence}: {Problem}")]
    public static partial void AuditChainBroken(this ILogger logger, long? sequence, string? problem);

    [LoggerMessage(300, LogLevel.Information, "Access-log review {Year}-{Month:D2} produced: {Accesses} access(es), {Downloads} download(s), {OffHours} off-hours, {Bulk} bulk.")]
    public static partial void AccessReviewProduced(this ILogger logger, int year, int month, int accesses, int downloads, int offHours, int bulk);

    [LoggerMessage(301, LogLevel.Information, "Access-log review {Year}-{Month:D2} signed off by {Reviewer} ({Accesses} access(es)).")]
    public static partial void AccessReviewSignedOff(this ILogger logger, int year, int month, string reviewer, int accesses);

    [LoggerMessage(200, LogLevel.Information, "{Entity} {EntityId}: {Event} ({From} -> {To}) by {Actor}.")]
    public static partial void Transitioned(this ILogger logger, string entity, string entityId, string @event, string? from, string to, string actor);

    [LoggerMessage(201, LogLevel.Information, "Operation refused: {Code}.")]
    public static partial void Refused(this ILogger logger, string code);

    [LoggerMessage(100, LogLevel.Information, "Application {ApplicationId} submitted.")]
    public static partial void ApplicationSubmitted(this ILogger logger, Guid applicationId);

    [LoggerMessage(101, LogLevel.Information, "{Entity} {EntityId}: {Event} ({From} -> {To}) by {Actor}.")]
    public static partial void Transitioned(this ILogger logger, string entity, Guid entityId, string @event, string from, string to, string actor);

    [LoggerMessage(102, LogLevel.Debug, "{Entity} {Operation} refused: {Code}.")]
    public static partial void Refused(this ILogger logger, string entity, string operation, string code);

    [LoggerMessage(103, LogLevel.Information, "Consent notice {Version} ({NoticeId}) published by {Actor}.")]
    public static partial void ConsentNoticePublished(this ILogger logger, string version, Guid noticeId, string actor);

    [LoggerMessage(104, LogLevel.Warning, "Membership {MembershipId} was not expired: {Code}.")]
    public static partial void ExpiryRefused(this ILogger logger, Guid membershipId, string code);

    [LoggerMessage(105, LogLevel.Information, "Membership {MembershipId} contact data changed by {Actor}.")]
    public static partial void ContactChanged(this ILogger logger, Guid membershipId, string actor);

    [LoggerMessage(420, LogLevel.Information, "Outbox drained: {Sent} sent, {Failed} failed.")]
    public static partial void OutboxDrained(this ILogger logger, int sent, int failed);

    [LoggerMessage(1300, LogLevel.Information, "Historical tasks imported from {Source}: {Records} record(s), {Imported} new, {AlreadyPresent} already present, {Departments} department(s) registered.")]
    public static partial void HistoryImported(this ILogger logger, string source, int records, int imported, int alreadyPresent, int departments);

    [LoggerMessage(1301, LogLevel.Information, "Historical-task import from {Source} refused: {Code} ({Field}).")]
    public static partial void HistoryImportRefused(this ILogger logger, string source, string code, string? field);

    [LoggerMessage(1310, LogLevel.Debug, "Yearly statistics computed for {From}–{To} in {ElapsedMs} ms.")]
    public static partial void YearlyStatisticsComputed(this ILogger logger, int from, int to, long elapsedMs);

    [LoggerMessage(1100, LogLevel.Information, "Department {DepartmentId} registered by {Actor}.")]
    public static partial void DepartmentRegistered(this ILogger logger, Guid departmentId, string actor);

    [LoggerMessage(1101, LogLevel.Information, "Demand {DemandId} submitted ({Source}) by {Actor}.")]
    public static partial void DemandSubmitted(this ILogger logger, Guid demandId, string source, string actor);

    [LoggerMessage(1102, LogLevel.Information, "Demand-survey round {RoundId} for {Year} created by {Actor}.")]
    public static partial void DemandRoundCreated(this ILogger logger, Guid roundId, int year, string actor);

    [LoggerMessage(1103, LogLevel.Information, "Monitoring task {TaskId} set up by {Actor} (demand {DemandId}).")]
    public static partial void TaskCreated(this ILogger logger, Guid taskId, string actor, Guid? demandId);

    [LoggerMessage(1104, LogLevel.Information, "Monitoring task {TaskId} edited by {Actor}.")]
    public static partial void TaskEdited(this ILogger logger, Guid taskId, string actor);

    [LoggerMessage(1105, LogLevel.Information, "Form version {Number} of task {TaskId} published by {Actor}.")]
    public static partial void FormVersionPublished(this ILogger logger, Guid taskId, int number, string actor);
}
