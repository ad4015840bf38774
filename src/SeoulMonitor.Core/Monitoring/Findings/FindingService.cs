using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// Consolidation by staff: draft findings from approved submissions, edit, merge, split, choose quotes and photos,
/// and send them to the requesting department. Drafting needs the task in <see cref="MonitoringTaskState.Consolidating"/>
/// or <see cref="MonitoringTaskState.ReportedToDepartment"/> (later findings may follow the first send); only drafts
/// change. Titles, summaries and quotes that look like personal data are refused.
/// </summary>
public sealed partial class FindingService
{
    private static readonly MonitoringTaskState[] DraftingStates = [MonitoringTaskState.Consolidating, MonitoringTaskState.ReportedToDepartment];
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ReflectionOptions _options;
    private readonly ILogger _logger;

    internal FindingService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, AuditTrail audit, TimeProvider time, IOptions<ReflectionOptions> options, ILogger<FindingService> logger)
    {
        _db = db;
        _recorder = recorder;
        _audit = audit;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Staff draft a finding of a task from approved submissions of that task.</summary>
    public async Task<Result<FindingView>> DraftAsync(
        Guid taskId, string? title, string? summary, IReadOnlyList<Guid>? sourceSubmissionIds, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<FindingView>(async ct =>
        {
            if (!FindingValidation.IsStaff(actor))
            {
                return FindingErrors.Forbidden;
            }

            var task = await _db.TaskAsync(taskId, ct).ConfigureAwait(false);
            if (task is null)
            {
                return FindingErrors.TaskNotFound;
            }

            if (!DraftingStates.Contains(task.State))
            {
                return FindingErrors.TaskNotConsolidating;
            }

            var text = FindingValidation.TitleAndSummary(title, summary);
            var sources = FindingValidation.Ids(sourceSubmissionIds, FindingLimits.MaxSources, FindingErrors.SourcesRequired, FindingErrors.SourcesTooMany);
            if (!text.IsSuccess || !sources.IsSuccess)
            {
                return text.Error ?? sources.Error!;
            }

            if (await CheckSourcesAsync(taskId, sources.Value, text.Value, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var now = _time.GetUtcNow();
            var finding = new Finding
            {
                Id = Guid.NewGuid(), TaskId = taskId, Title = text.Value.Title, Summary = text.Value.Summary, State = FindingState.Draft,
                CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            _db.Add(finding);
            _db.AddRange(sources.Value.Select(s => new FindingSource { FindingId = finding.Id, SubmissionId = s }));
            await _recorder.CreationAsync(actor, FindingLifecycle.Entity, finding.Id, "Draft", finding.State, null, ct).ConfigureAwait(false);
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            return FindingView.From(finding, await _db.PartsAsync(finding.Id, ct).ConfigureAwait(false), now);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff change a draft's title and summary.</summary>
    public Task<Result<FindingView>> EditAsync(Guid findingId, string? title, string? summary, Actor actor, CancellationToken cancellationToken = default) =>
        DraftWorkAsync(findingId, actor, async (finding, ct) =>
        {
            var text = FindingValidation.TitleAndSummary(title, summary);
            if (!text.IsSuccess)
            {
                return text.Error;
            }

            var sources = await _db.Set<FindingSource>().Where(s => s.FindingId == findingId).Select(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
            if (await LooksPersonalAsync(sources, ct, text.Value.Title, text.Value.Summary).ConfigureAwait(false))
            {
                return FindingErrors.TextPersonalData;
            }

            finding.Title = text.Value.Title;
            finding.Summary = text.Value.Summary;
            return null;
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a locked draft (staff only) and returns the draft's new view.</summary>
    private async Task<Result<FindingView>> DraftWorkAsync(
        Guid findingId, Actor actor, Func<Finding, CancellationToken, Task<DomainError?>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<FindingView>(async ct =>
        {
            if (!FindingValidation.IsStaff(actor))
            {
                return FindingErrors.Forbidden;
            }

            var finding = await _db.LockByIdAsync<Finding>("findings", findingId, ct).ConfigureAwait(false);
            if (finding is null)
            {
                return FindingErrors.NotFound;
            }

            if (finding.State != FindingState.Draft)
            {
                return FindingErrors.NotDraft;
            }

            if (await work(finding, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var now = _time.GetUtcNow();
            finding.UpdatedAt = now;
            finding.Version = Guid.NewGuid();
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            return FindingView.From(finding, await _db.PartsAsync(finding.Id, ct).ConfigureAwait(false), now);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every source is an approved submission of the task, and the text names none of their monitors.</summary>
    private async Task<DomainError?> CheckSourcesAsync(Guid taskId, List<Guid> sources, (string Title, string Summary) text, CancellationToken ct)
    {
        var approved = await _db.Set<FieldSubmission>().AsNoTracking()
            .CountAsync(s => sources.Contains(s.Id) && s.TaskId == taskId && s.State == SubmissionState.Approved, ct).ConfigureAwait(false);
        if (approved != sources.Count)
        {
            return FindingErrors.SourceNotApproved;
        }

        return await LooksPersonalAsync(sources, ct, text.Title, text.Summary).ConfigureAwait(false) ? FindingErrors.TextPersonalData : null;
    }

    private async Task<bool> LooksPersonalAsync(IReadOnlyCollection<Guid> sources, CancellationToken ct, params string[] texts)
    {
        var names = (await _db.ContributorsOfSubmissionsAsync(sources, ct).ConfigureAwait(false)).Select(c => c.Name).ToList();
        return texts.Any(t => PersonalDataPatterns.LooksPersonal(t, names));
    }
}
