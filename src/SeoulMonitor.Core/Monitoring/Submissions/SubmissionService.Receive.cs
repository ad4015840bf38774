using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The unit of work that stores a new submission (and supersedes a returned one).</summary>
public sealed partial class SubmissionService
{
    /// <summary>The audit event of a received submission.</summary>
    public const string ReceiveEvent = "Receive";

    private async Task<Result<SubmissionReceipt>> ReceiveAsync(Guid monitorId, Guid taskId, SubmissionDraft draft, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct).ConfigureAwait(false);
        if (task is null || !MonitoringAccess.CanRead(task, Actor.Monitor(monitorId)))
        {
            // A task monitors may not see (planned, historical) is answered as missing.
            return SubmissionErrors.TaskNotFound;
        }

        if (WindowError(task, now) is { } closed)
        {
            return closed;
        }

        var participation = await _db.Set<Participation>().AsNoTracking()
            .Where(p => p.TaskId == taskId && p.MonitorId == monitorId && (p.State == ParticipationState.Selected || p.State == ParticipationState.Completed))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (participation is not { } participationId)
        {
            return SubmissionErrors.NotSelected;
        }

        var payload = await PrepareAsync(taskId, draft, ct).ConfigureAwait(false);
        if (!payload.IsSuccess)
        {
            return payload.Error;
        }

        if (draft.CapturedAt > now + SubmissionLimits.MaxClockSkew || draft.CapturedAt < task.FieldworkOpensAt)
        {
            return SubmissionErrors.CapturedAtInvalid;
        }

        var anyLocation = draft.Latitude is not null || draft.Longitude is not null || draft.AccuracyMeters is not null;
        if (anyLocation && !Geo.IsValid(draft.Latitude, draft.Longitude, draft.AccuracyMeters, accuracyRequired: true))
        {
            return SubmissionErrors.LocationInvalid;
        }

        FieldSubmission? replaced = null;
        if (draft.SupersedesId is { } supersedesId)
        {
            replaced = await _db.LockByIdAsync<FieldSubmission>("field_submissions", supersedesId, ct).ConfigureAwait(false);
            if (replaced is null || replaced.MonitorId != monitorId || replaced.TaskId != taskId)
            {
                return SubmissionErrors.SupersedesInvalid;
            }

            var fired = SubmissionLifecycle.Table.Fire(replaced.State, SubmissionEvent.Supersede);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }
        }

        return await StoreAsync(monitorId, task, participationId, draft, payload.Value, replaced, now, ct).ConfigureAwait(false);
    }

    private async Task<Result<SubmissionReceipt>> StoreAsync(
        Guid monitorId, MonitoringTask task, Guid participationId, SubmissionDraft draft, SubmissionPayload payload, FieldSubmission? replaced,
        DateTimeOffset now, CancellationToken ct)
    {
        // Every check has passed: only now are photo files written (content-addressed, so an existing file is the same content).
        foreach (var photo in payload.Photos.DistinctBy(p => p.Sha256))
        {
            if (!await _files.ExistsAsync(photo.StorageKey, ct).ConfigureAwait(false))
            {
                var stripped = await PhotoChecker.StrippedAsync(photo, _files, ct).ConfigureAwait(false);
                using var content = new MemoryStream(stripped.ToArray(), writable: false);
                await _files.PutAsync(photo.StorageKey, content, ct).ConfigureAwait(false);
            }
        }

        var submission = new FieldSubmission
        {
            Id = Guid.CreateVersion7(now),
            ClientId = draft.ClientId,
            TaskId = task.Id,
            ParticipationId = participationId,
            MonitorId = monitorId,
            FormVersion = payload.FormVersion,
            Answers = payload.Answers,
            CapturedAt = draft.CapturedAt.ToUniversalTime(),
            ReceivedAt = now,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            AccuracyMeters = draft.AccuracyMeters,
            State = SubmissionState.Received,
            Revision = replaced is null ? 1 : replaced.Revision + 1,
            SupersedesId = replaced?.Id,
            PayloadHash = payload.Hash,
            Version = Guid.NewGuid(),
        };
        _db.Set<FieldSubmission>().Add(submission);
        _db.Set<SubmissionPhoto>().AddRange(payload.Photos.Select(p => new SubmissionPhoto
        {
            Id = Guid.CreateVersion7(now),
            SubmissionId = submission.Id,
            QuestionKey = p.QuestionKey,
            ContentType = p.ContentType,
            Length = p.Length,
            Sha256 = p.Sha256,
            StorageKey = p.StorageKey,
            CreatedAt = now,
        }));

        var actor = Actor.Monitor(monitorId);
        if (replaced is not null)
        {
            var from = replaced.State;
            replaced.State = SubmissionState.Superseded;
            replaced.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, SubmissionLifecycle.Entity, replaced.Id, SubmissionEvent.Supersede, from, replaced.State, null, ct)
                .ConfigureAwait(false);
        }

        await _recorder.CreationAsync(actor, SubmissionLifecycle.Entity, submission.Id, ReceiveEvent, submission.State, null, ct).ConfigureAwait(false);
        _logger.SubmissionReceived(submission.Id, task.Id, submission.Revision, payload.Photos.Count);
        return SubmissionReceipt.From(submission, replayed: false);
    }

    private static DomainError? WindowError(MonitoringTask task, DateTimeOffset now) => task.State switch
    {
        MonitoringTaskState.FieldworkOpen when now < task.FieldworkOpensAt => SubmissionErrors.NotOpen,
        MonitoringTaskState.FieldworkOpen when now >= task.FieldworkClosesAt => SubmissionErrors.FieldworkClosed,
        MonitoringTaskState.FieldworkOpen => null,
        MonitoringTaskState.Planned or MonitoringTaskState.RecruitmentOpen or MonitoringTaskState.RecruitmentClosed => SubmissionErrors.NotOpen,
        _ => SubmissionErrors.FieldworkClosed,
    };
}
