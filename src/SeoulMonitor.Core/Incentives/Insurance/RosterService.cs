using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>
/// Injury-insurance rosters (staff): one per task, covering the task's fieldwork window. Drawing up takes the task's
/// confirmed participants at that moment (participations <see cref="ParticipationState.Selected"/> or
/// <see cref="ParticipationState.Completed"/>), under the task's lock so recruitment cannot change them meanwhile.
/// <para>
/// The rule: a roster can be drawn up, and drawn up again, from the close of recruitment
/// (<see cref="MonitoringTaskState.RecruitmentClosed"/> or <see cref="MonitoringTaskState.FieldworkOpen"/>) until
/// fieldwork closes (the task's state and its <see cref="MonitoringTask.FieldworkClosesAt"/>). Drawing up again adds
/// newly confirmed monitors (waitlist promotions), removes withdrawn ones, except a monitor with a claim on the roster,
/// who stays covered, and moves the window to the task's current one. Each drawing writes one audit record. After
/// fieldwork closes the roster is frozen. The insurer's premium invoice is recorded per policy period by
/// <see cref="Premiums.InsurancePremiumService"/> and drawn on the injury-insurance budget line.
/// </para>
/// </summary>
public sealed class RosterService
{
    /// <summary>The audit entity type of rosters.</summary>
    public const string Entity = "coverage_roster";

    /// <summary>The access-log subject type of a roster export.</summary>
    public const string ExportSubject = "coverage_roster";

    /// <summary>The download reason recorded when the caller gives none: the one reason this file exists.</summary>
    public const string DefaultExportReason = "보험사 제출용 상해보험 가입 명단";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly TimeProvider _time;
    private readonly ILogger<RosterService> _logger;

    internal RosterService(SeoulMonitorDbContext db, AuditTrail audit, PersonalDataAccessLog accessLog, TimeProvider time, ILogger<RosterService> logger)
    {
        _db = db;
        _audit = audit;
        _accessLog = accessLog;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff draw up (or redraw) the task's roster from its confirmed participants.</summary>
    public async Task<Result<CoverageRosterView>> DrawUpAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await _db.ExecuteAsync<CoverageRosterView>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return InsuranceErrors.Forbidden;
            }

            var task = await _db.LockByIdAsync<MonitoringTask>("monitoring_tasks", taskId, ct).ConfigureAwait(false);
            if (task is null)
            {
                return InsuranceErrors.TaskNotFound;
            }

            var now = _time.GetUtcNow();
            if (task.State is not (MonitoringTaskState.RecruitmentClosed or MonitoringTaskState.FieldworkOpen) || now >= task.FieldworkClosesAt)
            {
                return InsuranceErrors.RosterNotDrawable;
            }

            var confirmed = await _db.Set<Participation>().AsNoTracking()
                .Where(p => p.TaskId == taskId && (p.State == ParticipationState.Selected || p.State == ParticipationState.Completed))
                .Select(p => p.MonitorId).ToListAsync(ct).ConfigureAwait(false);
            var roster = await _db.Set<CoverageRoster>().SingleOrDefaultAsync(r => r.TaskId == taskId, ct).ConfigureAwait(false);
            if (confirmed.Count == 0 && roster is null)
            {
                return InsuranceErrors.RosterEmpty;
            }

            var redraw = roster is not null;
            roster ??= NewRoster(task, now);
            _db.Entry(roster).Property(r => r.CoverageStart).CurrentValue = task.FieldworkOpensAt;
            _db.Entry(roster).Property(r => r.CoverageEnd).CurrentValue = task.FieldworkClosesAt;
            var (added, removed, count) = await SyncMembersAsync(roster, [.. confirmed], ct).ConfigureAwait(false);
            if (count == 0)
            {
                return InsuranceErrors.RosterEmpty;
            }

            roster.MemberCount = count;
            await _audit.RecordAsync(actor, Entity, roster.Id.ToString("D"), redraw ? "Redraw" : "DrawUp", redraw ? "Drawn" : null, "Drawn",
                $"members={count}; added={added}; removed={removed}", ct).ConfigureAwait(false);
            _logger.RosterDrawn(taskId, roster.Id, count, added, removed, actor.ToString());
            return await ViewAsync(roster, task.Title, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staff: the task's roster (ids only, no personal data).</summary>
    public async Task<Result<CoverageRosterView>> GetAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsStaff(actor))
        {
            return InsuranceErrors.Forbidden;
        }

        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return InsuranceErrors.TaskNotFound;
        }

        var roster = await _db.Set<CoverageRoster>().AsNoTracking().SingleOrDefaultAsync(r => r.TaskId == taskId, cancellationToken).ConfigureAwait(false);
        return roster is null ? InsuranceErrors.RosterNotFound : await ViewAsync(roster, task.Title, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Staff export the roster for the insurer: CSV (UTF-8 with a byte-order mark) of 성명, 생년월일, 연락처, 보장 시작,
    /// 보장 종료, 과제명. It discloses personal data, so the download is access-logged with the declared purpose (and
    /// <paramref name="reason"/>, or <see cref="DefaultExportReason"/>) before the file is produced.
    /// </summary>
    public async Task<Result<RosterExport>> ExportAsync(
        Guid taskId, Actor actor, string? purpose, string? reason = null, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await _db.ExecuteAsync<RosterExport>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return InsuranceErrors.Forbidden;
            }

            var request = new AccessRequest(ExportSubject, taskId.ToString("D"), AccessAction.Download, purpose,
                string.IsNullOrWhiteSpace(reason) ? DefaultExportReason : reason, 0, sourceAddress);
            if (PersonalDataAccessLog.Validate(request) is { } invalid)
            {
                return invalid;
            }

            var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct).ConfigureAwait(false);
            if (task is null)
            {
                return InsuranceErrors.TaskNotFound;
            }

            var roster = await _db.Set<CoverageRoster>().SingleOrDefaultAsync(r => r.TaskId == taskId, ct).ConfigureAwait(false);
            if (roster is null)
            {
                return InsuranceErrors.RosterNotFound;
            }

            var rows = await RosterCsv.RowsAsync(_db, roster.Id, ct).ConfigureAwait(false);
            var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = rows.Count }, ct).ConfigureAwait(false);
            if (!logged.IsSuccess)
            {
                return logged.Error;
            }

            roster.ExportedAt = _time.GetUtcNow();
            _logger.RosterExported(taskId, rows.Count, actor.ToString());
            var content = RosterCsv.Write(rows, roster, task.Title);
            return new RosterExport($"insurance-roster-{taskId:N}.csv", content, rows.Count);
        }, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    private CoverageRoster NewRoster(MonitoringTask task, DateTimeOffset now)
    {
        var roster = new CoverageRoster
        {
            Id = Guid.CreateVersion7(now),
            TaskId = task.Id,
            CoverageStart = task.FieldworkOpensAt,
            CoverageEnd = task.FieldworkClosesAt,
            CreatedAt = now,
        };
        _db.Set<CoverageRoster>().Add(roster);
        return roster;
    }

    private async Task<(int Added, int Removed, int Count)> SyncMembersAsync(CoverageRoster roster, HashSet<Guid> confirmed, CancellationToken ct)
    {
        var members = await _db.Set<CoverageMember>().Where(m => m.RosterId == roster.Id).ToListAsync(ct).ConfigureAwait(false);
        var claimed = await _db.Set<InsuranceClaim>().Where(c => c.RosterId == roster.Id).Select(c => c.MonitorId).Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        var present = members.Select(m => m.MonitorId).ToHashSet();
        var removed = 0;
        foreach (var member in members.Where(m => !confirmed.Contains(m.MonitorId) && !claimed.Contains(m.MonitorId)))
        {
            _db.Remove(member);
            removed++;
        }

        var added = 0;
        foreach (var monitorId in confirmed.Where(id => !present.Contains(id)))
        {
            _db.Add(new CoverageMember { RosterId = roster.Id, MonitorId = monitorId });
            added++;
        }

        return (added, removed, present.Count - removed + added);
    }

    private async Task<CoverageRosterView> ViewAsync(CoverageRoster roster, string title, CancellationToken ct)
    {
        var tracked = _db.ChangeTracker.Entries<CoverageMember>()
            .Where(e => e.Entity.RosterId == roster.Id && e.State is EntityState.Added or EntityState.Unchanged)
            .Select(e => e.Entity.MonitorId);
        var ids = _db.Entry(roster).State == EntityState.Detached
            ? await _db.Set<CoverageMember>().AsNoTracking().Where(m => m.RosterId == roster.Id).Select(m => m.MonitorId).ToListAsync(ct).ConfigureAwait(false)
            : [.. tracked];
        ids.Sort();
        return new CoverageRosterView(roster.Id, roster.TaskId, title, roster.CoverageStart, roster.CoverageEnd, ids.Count, ids,
            roster.CreatedAt, roster.ExportedAt);
    }
}
