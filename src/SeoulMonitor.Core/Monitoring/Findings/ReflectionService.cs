using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The department's answers to a sent finding (its officers, or staff on their behalf), one method per
/// <see cref="FindingLifecycle"/> event, and staff's reopening after a monitor's dispute. Each transition writes one
/// audit record and one history entry, sets <see cref="Finding.AcknowledgedAt"/> at the first answer, and tells
/// every distinct contributing monitor. Drafts are invisible to departments (not found).
/// </summary>
public sealed class ReflectionService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ReflectionOptions _options;
    private readonly ILogger _logger;

    internal ReflectionService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, IOptions<ReflectionOptions> options, ILogger<ReflectionService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The department acknowledges receipt.</summary>
    public Task<Result<DepartmentFindingView>> AcknowledgeAsync(Guid findingId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(findingId, FindingEvent.Acknowledge, actor, null, (_, _) => null, cancellationToken);

    /// <summary>The department accepts the finding, optionally with the date it expects to finish.</summary>
    public Task<Result<DepartmentFindingView>> AcceptAsync(Guid findingId, DateOnly? expectedDate, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(findingId, FindingEvent.Accept, actor, null, (f, now) => SetExpected(f, expectedDate, required: false, now), cancellationToken);

    /// <summary>The department reports progress (0–100 %), optionally with an expected date and a note.</summary>
    public Task<Result<DepartmentFindingView>> ProgressAsync(
        Guid findingId, int? percent, DateOnly? expectedDate, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        WithText(note, null, text => FireAsync(findingId, FindingEvent.Progress, actor, text, (f, now) =>
        {
            if (percent is not { } p || p is < FindingLimits.MinProgress or > FindingLimits.MaxProgress)
            {
                return FindingErrors.ProgressOutOfRange;
            }

            f.Progress = p;
            return SetExpected(f, expectedDate, required: false, now);
        }, cancellationToken));

    /// <summary>The department reports the finding reflected (progress 100 %), describing what changed.</summary>
    public Task<Result<DepartmentFindingView>> ReflectAsync(Guid findingId, string? response, Actor actor, CancellationToken cancellationToken = default) =>
        WithText(response, FindingErrors.ResponseRequired, text => FireAsync(findingId, FindingEvent.Reflect, actor, text, (f, _) =>
        {
            f.Response = text;
            f.Progress = FindingLimits.MaxProgress;
            return null;
        }, cancellationToken));

    /// <summary>The department reports the finding partially reflected, describing what changed and what not.</summary>
    public Task<Result<DepartmentFindingView>> ReflectPartiallyAsync(Guid findingId, string? response, Actor actor, CancellationToken cancellationToken = default) =>
        WithText(response, FindingErrors.ResponseRequired, text => FireAsync(findingId, FindingEvent.ReflectPartially, actor, text, (f, _) =>
        {
            f.Response = text;
            return null;
        }, cancellationToken));

    /// <summary>The department declines the finding; the reason is required and shown to the contributors.</summary>
    public Task<Result<DepartmentFindingView>> DeclineAsync(Guid findingId, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        WithText(reason, FindingErrors.ReasonRequired, text => FireAsync(findingId, FindingEvent.Decline, actor, text, (f, _) =>
        {
            f.Response = text;
            return null;
        }, cancellationToken));

    /// <summary>The department puts the finding under long-term review until a required expected date.</summary>
    public Task<Result<DepartmentFindingView>> DeferLongTermAsync(
        Guid findingId, DateOnly? expectedDate, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        WithText(note, null, text => FireAsync(findingId, FindingEvent.DeferLongTerm, actor, text, (f, now) =>
        {
            f.Response = text ?? f.Response;
            return SetExpected(f, expectedDate, required: true, now);
        }, cancellationToken));

    /// <summary>
    /// Staff reopen an answered finding after a monitor's dispute (reason required): it goes back to Acknowledged,
    /// its answer is cleared (the history keeps it), the SLA starts again from now and the department is told.
    /// </summary>
    public Task<Result<DepartmentFindingView>> ReopenAsync(Guid findingId, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        FindingValidation.IsStaff(actor ?? throw new ArgumentNullException(nameof(actor)))
            ? WithText(reason, FindingErrors.ReasonRequired, async text => await ReasonLooksPersonalAsync(findingId, text, cancellationToken).ConfigureAwait(false)
                ? _recorder.Outcome(Result<DepartmentFindingView>.Failure(FindingErrors.ReasonPersonalData))
                : await FireAsync(findingId, FindingEvent.Reopen, actor, text, (f, now) =>
                {
                    f.Response = null;
                    f.RespondBy = now.AddDays(_options.ResponseDays);
                    f.ReminderSentAt = null;
                    f.OverdueNoticeSentAt = null;
                    return null;
                }, cancellationToken).ConfigureAwait(false))
            : Task.FromResult(_recorder.Outcome(Result<DepartmentFindingView>.Failure(FindingErrors.Forbidden)));

    /// <summary>The reopening reason reaches the department (its history and notice): no personal data, no contributor's name.</summary>
    private async Task<bool> ReasonLooksPersonalAsync(Guid findingId, string? reason, CancellationToken ct)
    {
        var names = (await _db.ContributorsAsync(findingId, ct).ConfigureAwait(false)).Select(c => c.Name);
        return PersonalDataPatterns.LooksPersonal(reason ?? string.Empty, names);
    }

    private static DomainError? SetExpected(Finding finding, DateOnly? expectedDate, bool required, DateTimeOffset now)
    {
        if (FindingValidation.ExpectedDate(expectedDate, required, now) is { } refused)
        {
            return refused;
        }

        finding.ExpectedDate = expectedDate ?? finding.ExpectedDate;
        return null;
    }

    private Task<Result<DepartmentFindingView>> WithText(
        string? text, DomainError? required, Func<string?, Task<Result<DepartmentFindingView>>> then)
    {
        var checkedText = FindingValidation.Text(text, required);
        return checkedText.IsSuccess
            ? then(checkedText.Value)
            : Task.FromResult(_recorder.Outcome(Result<DepartmentFindingView>.Failure(checkedText.Error)));
    }

    private async Task<Result<DepartmentFindingView>> FireAsync(
        Guid findingId, FindingEvent evt, Actor actor, string? text, Func<Finding, DateTimeOffset, DomainError?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<DepartmentFindingView>(async ct =>
        {
            var finding = await _db.LockByIdAsync<Finding>("findings", findingId, ct).ConfigureAwait(false);
            var task = finding is null ? null : await _db.TaskAsync(finding.TaskId, ct).ConfigureAwait(false);
            if (finding is null || task is null || (finding.State == FindingState.Draft && !FindingValidation.IsStaff(actor)))
            {
                return FindingErrors.NotFound;
            }

            if (!MayAnswer(actor, task))
            {
                // Another department's finding is answered as missing: its existence is not disclosed.
                return FindingErrors.NotFound;
            }

            var fired = FindingLifecycle.Table.Fire(finding.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (apply(finding, now) is { } refused)
            {
                return refused;
            }

            if (evt != FindingEvent.Reopen)
            {
                finding.AcknowledgedAt ??= now;
            }

            var notices = await _db.ApplyAsync(_recorder, finding, evt, fired.Value, actor, (task.Title, task.Department), text, now, ct).ConfigureAwait(false);
            if (evt == FindingEvent.Reopen && (await _db.DepartmentAsync(task.Department, ct).ConfigureAwait(false))?.ContactEmail is { Length: > 0 } contact)
            {
                var (subject, body) = FindingNoticeTexts.Reopened(task.Title, finding, text ?? string.Empty);
                MonitoringNotices.Enqueue(_db, contact, subject, body, MonitoringNoticeKinds.FindingsSent, now);
            }

            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            _logger.FindingAnswered(finding.Id, evt.ToString(), actor.ToString(), notices);
            return DepartmentFindingView.From(finding, task.Title, task.Department, await _db.PartsAsync(finding.Id, ct).ConfigureAwait(false), now);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff (and the system) answer for any department; an officer only for their own department's tasks.</summary>
    internal static bool MayAnswer(Actor actor, MonitoringTask task) =>
        FindingValidation.IsStaff(actor) || (actor.Kind == ActorKind.Department && string.Equals(actor.Id, task.Department, StringComparison.Ordinal));
}
