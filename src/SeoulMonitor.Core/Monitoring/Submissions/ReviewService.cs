using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Staff review of received submissions: approve (with an optional note), return with a reason (the monitor
/// resubmits), reject with a reason. Each is one transition of <see cref="SubmissionLifecycle"/>, audited once, and
/// queues one notice to the monitor in the same transaction. Approving the first submission of a selected
/// participation completes the participation (audited too).
/// </summary>
public sealed partial class ReviewService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<ReviewService> _logger;

    internal ReviewService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<ReviewService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Approves a received submission.</summary>
    public Task<Result<SubmissionView>> ApproveAsync(Guid id, Actor reviewer, string? note = null, CancellationToken cancellationToken = default) =>
        ReviewAsync(id, reviewer, SubmissionEvent.Approve, note, reasonRequired: false, cancellationToken);

    /// <summary>Returns a received submission to its monitor with a reason (required); the monitor resubmits.</summary>
    public Task<Result<SubmissionView>> ReturnAsync(Guid id, Actor reviewer, string? reason, CancellationToken cancellationToken = default) =>
        ReviewAsync(id, reviewer, SubmissionEvent.Return, reason, reasonRequired: true, cancellationToken);

    /// <summary>Rejects a received submission with a reason (required).</summary>
    public Task<Result<SubmissionView>> RejectAsync(Guid id, Actor reviewer, string? reason, CancellationToken cancellationToken = default) =>
        ReviewAsync(id, reviewer, SubmissionEvent.Reject, reason, reasonRequired: true, cancellationToken);

    /// <summary>
    /// Approves up to <see cref="SubmissionLimits.MaxBulk"/> submissions of one task all or nothing: when any one is
    /// refused (another task's included), none is approved and the refusal names it (field <c>ids[i]</c>).
    /// </summary>
    public async Task<Result<IReadOnlyList<SubmissionView>>> ApproveManyAsync(
        Guid taskId, IReadOnlyList<Guid> ids, Actor reviewer, string? note = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        DomainError? invalid = ids.Count == 0 ? SubmissionErrors.BulkEmpty
            : ids.Count > SubmissionLimits.MaxBulk ? SubmissionErrors.BulkTooMany
            : ids.Distinct().Count() != ids.Count ? SubmissionErrors.BulkDuplicate
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<IReadOnlyList<SubmissionView>>.Failure(invalid));
        }

        var result = await _db.ExecuteAsync<IReadOnlyList<SubmissionView>>(async ct =>
        {
            var views = new List<SubmissionView>(ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                var one = await TransitionAsync(ids[i], reviewer, SubmissionEvent.Approve, note, reasonRequired: false, ct, taskId).ConfigureAwait(false);
                if (!one.IsSuccess)
                {
                    var e = one.Error;
                    return new DomainError(e.Code, e.Kind, $"Submission {ids[i]:D}: {e.Message}", $"제출 {ids[i]:D}: {e.MessageKo}", $"ids[{i}]");
                }

                views.Add(one.Value);
            }

            return views;
        }, cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.SubmissionsBulkApproved(result.Value.Count, reviewer.ToString());
        }

        return _recorder.Outcome(result);
    }

    private async Task<Result<SubmissionView>> ReviewAsync(
        Guid id, Actor reviewer, SubmissionEvent evt, string? reason, bool reasonRequired, CancellationToken cancellationToken) =>
        _recorder.Outcome(await _db.ExecuteAsync(ct => TransitionAsync(id, reviewer, evt, reason, reasonRequired, ct), cancellationToken).ConfigureAwait(false));
}
