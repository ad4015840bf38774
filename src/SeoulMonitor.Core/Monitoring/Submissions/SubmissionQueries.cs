using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Reads of submissions: a monitor's own; a task's by state in pages (staff); one with its revision chain and a
/// photo's content (the monitor who wrote it, or staff). Every staff read is access-logged with its purpose before
/// anything is disclosed, because a submission shows which monitor wrote what.
/// </summary>
public sealed partial class SubmissionQueries
{
    /// <summary>The access log's subject type of submissions.</summary>
    public const string Subject = SubmissionLifecycle.Entity;

    private readonly SeoulMonitorDbContext _db;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly IFileStore _files;

    internal SubmissionQueries(SeoulMonitorDbContext db, PersonalDataAccessLog accessLog, IFileStore files)
    {
        _db = db;
        _accessLog = accessLog;
        _files = files;
    }

    /// <summary>The monitor's own submissions with their review state and reason, newest first (at most <see cref="SubmissionLimits.MaxOwnListed"/>).</summary>
    public async Task<IReadOnlyList<SubmissionView>> MineAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<FieldSubmission>().AsNoTracking().Where(s => s.MonitorId == monitorId)
            .OrderByDescending(s => s.ReceivedAt).Take(SubmissionLimits.MaxOwnListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await ViewsAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A task's submissions (optionally in one state) in receipt order, after <paramref name="after"/>; staff only, access-logged.</summary>
    public async Task<Result<SubmissionPage>> ForTaskAsync(
        Guid taskId, SubmissionState? state, Guid? after, int? limit, SubmissionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var take = limit ?? SubmissionLimits.DefaultPageSize;
        DomainError? error = !viewer.IsStaff ? SubmissionErrors.Forbidden
            : take is < 1 or > SubmissionLimits.MaxPageSize ? SubmissionErrors.LimitInvalid
            : Validate(viewer, AccessAction.List);
        if (error is not null)
        {
            return error;
        }

        if (!await _db.Set<MonitoringTask>().AnyAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionErrors.TaskNotFound;
        }

        var query = _db.Set<FieldSubmission>().AsNoTracking().Where(s => s.TaskId == taskId);
        if (state is { } wanted)
        {
            query = query.Where(s => s.State == wanted);
        }

        if (after is { } cursor)
        {
            query = query.Where(s => s.Id.CompareTo(cursor) > 0);
        }

        var rows = await query.OrderBy(s => s.Id).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = rows.Take(take).ToList();
        var logged = await LogAsync(viewer, taskId.ToString("D"), AccessAction.List, page.Count, cancellationToken).ConfigureAwait(false);
        if (logged is not null)
        {
            return logged;
        }

        return new SubmissionPage(await ViewsAsync(page, cancellationToken).ConfigureAwait(false), rows.Count > take ? page[^1].Id : null);
    }

    private static DomainError? Validate(SubmissionViewer viewer, AccessAction action) =>
        viewer.IsStaff ? PersonalDataAccessLog.Validate(new AccessRequest(Subject, "*", action, viewer.Purpose)) : null;

    private async Task<DomainError?> LogAsync(SubmissionViewer viewer, string subjectId, AccessAction action, int count, CancellationToken ct)
    {
        if (!viewer.IsStaff)
        {
            return null;
        }

        var result = await _accessLog.RecordAsync(viewer.Actor, new AccessRequest(Subject, subjectId, action, viewer.Purpose, null, count, viewer.SourceAddress), ct)
            .ConfigureAwait(false);
        return result.IsSuccess ? null : result.Error;
    }

    private async Task<List<SubmissionView>> ViewsAsync(List<FieldSubmission> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var photos = (await _db.Set<SubmissionPhoto>().AsNoTracking().Where(p => ids.Contains(p.SubmissionId)).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(p => p.Id).ToLookup(p => p.SubmissionId);
        return rows.ConvertAll(r => SubmissionView.From(r, photos[r.Id]));
    }
}
