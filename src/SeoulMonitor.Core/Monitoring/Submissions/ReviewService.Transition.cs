using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>One review transition inside the caller's unit of work.</summary>
public sealed partial class ReviewService
{
    private async Task<Result<SubmissionView>> TransitionAsync(
        Guid id, Actor reviewer, SubmissionEvent evt, string? reason, bool reasonRequired, CancellationToken ct, Guid? taskId = null)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (reviewer.Kind != ActorKind.Staff)
        {
            return SubmissionErrors.ReviewForbidden;
        }

        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (text is null && reasonRequired)
        {
            return SubmissionErrors.ReasonRequired;
        }

        if (text is { Length: > SubmissionLimits.ReasonMaxLength })
        {
            return SubmissionErrors.ReasonTooLong;
        }

        var submission = await _db.LockByIdAsync<FieldSubmission>("field_submissions", id, ct).ConfigureAwait(false);
        if (submission is null)
        {
            return SubmissionErrors.NotFound;
        }

        if (taskId is { } expected && submission.TaskId != expected)
        {
            return SubmissionErrors.BulkOtherTask;
        }

        var fired = SubmissionLifecycle.Table.Fire(submission.State, evt);
        if (!fired.IsSuccess)
        {
            return fired.Error;
        }

        var now = _time.GetUtcNow();
        var task = await _db.Set<MonitoringTask>().AsNoTracking().Where(t => t.Id == submission.TaskId)
            .Select(t => new { t.State, t.FieldworkClosesAt }).SingleAsync(ct).ConfigureAwait(false);
        if (task.State == MonitoringTaskState.Cancelled)
        {
            return SubmissionErrors.TaskCancelled;
        }

        if (evt == SubmissionEvent.Return && (task.State != MonitoringTaskState.FieldworkOpen || now >= task.FieldworkClosesAt))
        {
            return SubmissionErrors.ReturnClosed;
        }

        var from = submission.State;
        submission.State = fired.Value;
        submission.ReviewReason = text;
        submission.ReviewedAt = now;
        submission.ReviewedBy = reviewer.Id;
        submission.Version = Guid.NewGuid();
        await _recorder.TransitionAsync(reviewer, SubmissionLifecycle.Entity, submission.Id, evt, from, submission.State, text, ct).ConfigureAwait(false);
        if (evt == SubmissionEvent.Approve)
        {
            await CompleteParticipationAsync(submission.ParticipationId, reviewer, now, ct).ConfigureAwait(false);
        }

        await NotifyAsync(submission, evt, text, now, ct).ConfigureAwait(false);
        var photos = await _db.Set<SubmissionPhoto>().AsNoTracking().Where(p => p.SubmissionId == id).ToListAsync(ct).ConfigureAwait(false);
        return SubmissionView.From(submission, photos.OrderBy(p => p.Id));
    }

    private async Task CompleteParticipationAsync(Guid participationId, Actor reviewer, DateTimeOffset now, CancellationToken ct)
    {
        var participation = await _db.LockByIdAsync<Participation>("participations", participationId, ct).ConfigureAwait(false);
        if (participation is null || !ParticipationLifecycle.Table.Allows(participation.State, ParticipationEvent.Complete))
        {
            return;
        }

        var from = participation.State;
        participation.State = ParticipationLifecycle.Table.Fire(from, ParticipationEvent.Complete).Value;
        participation.UpdatedAt = now;
        participation.Version = Guid.NewGuid();
        await _recorder.TransitionAsync(reviewer, ParticipationLifecycle.Entity, participation.Id, ParticipationEvent.Complete, from, participation.State, null, ct)
            .ConfigureAwait(false);
    }

    /// <summary>Queues the review notice to the monitor (Korean first, then English; only the monitor's own data).</summary>
    private async Task NotifyAsync(FieldSubmission submission, SubmissionEvent evt, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var email = await _db.Set<Membership>().AsNoTracking().Where(m => m.Id == submission.MonitorId).Select(m => m.Email).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var title = await _db.Set<MonitoringTask>().AsNoTracking().Where(t => t.Id == submission.TaskId).Select(t => t.Title).SingleAsync(ct).ConfigureAwait(false);
        var (subject, body) = ReviewNotice.Compose(title, submission, evt, reason);
        MonitoringNotices.Enqueue(_db, email, subject, body, MonitoringNoticeKinds.Review, now);
    }
}
