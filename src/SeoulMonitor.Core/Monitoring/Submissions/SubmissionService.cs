using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Receives field submissions from phones: idempotent by client id (the unique index decides between concurrent
/// posts), checked against the form version they were made for, inside the fieldwork window, from selected monitors
/// only. Photos arrive in memory or staged in the <see cref="IFileStore"/> under upload keys (streamed there by the
/// host while it read the request; the host removes them); they are checked and stored one at a time. Photo files are
/// written under their content addresses only after every check has passed: a refused submission writes no file; a replay that loses the race for its client id wrote only files the
/// stored submission references (same payload, same content addresses). Only a commit that fails after the files were
/// written (a conflicting payload losing that race, a lost connection) can leave a file no row references; being
/// content-addressed, such a file never shadows other content and is never served.
/// </summary>
public sealed partial class SubmissionService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly IFileStore _files;
    private readonly ILogger<SubmissionService> _logger;

    internal SubmissionService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, IFileStore files, ILogger<SubmissionService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _files = files;
        _logger = logger;
    }

    /// <summary>Receives one submission of <paramref name="monitorId"/> for <paramref name="taskId"/>, or returns the stored one for a replay.</summary>
    public async Task<Result<SubmissionReceipt>> SubmitAsync(Guid monitorId, Guid taskId, SubmissionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.ClientId == Guid.Empty)
        {
            return _recorder.Outcome(Result<SubmissionReceipt>.Failure(SubmissionErrors.ClientIdRequired));
        }

        if (draft.Photos.Sum(p => p.Length) > SubmissionLimits.MaxTotalBytes || draft.Photos.Count > SubmissionLimits.MaxPhotosPerSubmission)
        {
            return _recorder.Outcome(Result<SubmissionReceipt>.Failure(SubmissionErrors.TooLarge));
        }

        if (await ReplayAsync(monitorId, taskId, draft, cancellationToken).ConfigureAwait(false) is { } replay)
        {
            return _recorder.Outcome(replay);
        }

        try
        {
            return _recorder.Outcome(await _db.ExecuteAsync(ct => ReceiveAsync(monitorId, taskId, draft, ct), cancellationToken).ConfigureAwait(false));
        }
        catch (DbUpdateException e) when (StorageErrors.IsUniqueViolation(e))
        {
            // A concurrent post of the same client id committed first: answer as its replay (or a conflict).
            var stored = await ReplayAsync(monitorId, taskId, draft, cancellationToken).ConfigureAwait(false);
            return _recorder.Outcome(stored ?? throw new InvalidOperationException("A unique violation without a stored submission of the client id.", e));
        }
    }

    private async Task<Result<SubmissionReceipt>?> ReplayAsync(Guid monitorId, Guid taskId, SubmissionDraft draft, CancellationToken ct)
    {
        var stored = await _db.Set<FieldSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.ClientId == draft.ClientId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var payload = stored.MonitorId == monitorId && stored.TaskId == taskId
            ? await PrepareAsync(taskId, draft, ct).ConfigureAwait(false)
            : SubmissionErrors.ClientIdConflict;
        if (!payload.IsSuccess || payload.Value.Hash != stored.PayloadHash)
        {
            _logger.SubmissionClientIdConflict(stored.Id);
            return SubmissionErrors.ClientIdConflict;
        }

        _logger.SubmissionReplayed(stored.Id);
        return SubmissionReceipt.From(stored, replayed: true);
    }

    /// <summary>Loads the draft's form version (published for the task) and checks the answers and photos against it.</summary>
    private async Task<Result<SubmissionPayload>> PrepareAsync(Guid taskId, SubmissionDraft draft, CancellationToken ct)
    {
        var definition = await _db.Set<TaskFormVersion>().AsNoTracking()
            .Where(f => f.TaskId == taskId && f.Number == draft.FormVersion)
            .Join(_db.Set<MonitoringTask>().AsNoTracking().Where(t => t.Id == taskId && draft.FormVersion <= t.CurrentFormVersion), f => f.TaskId, t => t.Id, (f, _) => f.Definition)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (definition is null)
        {
            return SubmissionErrors.FormVersionUnknown;
        }

        var form = FormJson.Deserialize(definition);
        var photos = await PhotoChecker.CheckAsync(form, draft.Photos, _files, ct).ConfigureAwait(false);
        if (!photos.IsSuccess)
        {
            return photos.Error;
        }

        var photoKeys = photos.Value.Select(p => p.QuestionKey).ToHashSet(StringComparer.Ordinal);
        var answers = AnswerValidator.Validate(form, draft.Answers, photoKeys);
        return answers.IsSuccess
            ? SubmissionPayload.Create(taskId, draft.FormVersion, answers.Value, photos.Value, draft.SupersedesId)
            : answers.Error;
    }
}
