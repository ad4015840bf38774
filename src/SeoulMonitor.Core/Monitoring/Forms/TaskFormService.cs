using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>
/// Versioned task forms: staff publish a definition as a new, immutable version (number = previous + 1), which
/// becomes the task's current version; submissions keep the version they were made for. Publishing is allowed while
/// the task is planned, recruiting, recruited or in fieldwork.
/// </summary>
public sealed class TaskFormService
{
    /// <summary>The audit entity type of form versions.</summary>
    public const string Entity = "task_form_version";

    private static readonly MonitoringTaskState[] PublishableStates =
    [
        MonitoringTaskState.Planned, MonitoringTaskState.RecruitmentOpen, MonitoringTaskState.RecruitmentClosed, MonitoringTaskState.FieldworkOpen,
    ];

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<TaskFormService> _logger;

    internal TaskFormService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, ILogger<TaskFormService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff publish a new version of the task's form.</summary>
    public Task<Result<FormVersionView>> PublishAsync(Guid taskId, FormDefinition? definition, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _db.ExecuteAsync<FormVersionView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return FormErrors.Forbidden;
            }

            var task = await _db.LockByIdAsync<MonitoringTask>("monitoring_tasks", taskId, ct).ConfigureAwait(false);
            if (task is null)
            {
                return TaskErrors.NotFound;
            }

            if (!PublishableStates.Contains(task.State) || task.IsHistorical)
            {
                return FormErrors.TaskNotEditable;
            }

            var valid = FormValidation.Validate(definition);
            if (!valid.IsSuccess)
            {
                return valid.Error;
            }

            var now = _time.GetUtcNow();
            var last = await _db.Set<TaskFormVersion>().Where(v => v.TaskId == taskId).MaxAsync(v => (int?)v.Number, ct).ConfigureAwait(false) ?? 0;
            var number = Math.Max(last, task.CurrentFormVersion) + 1;
            var version = new TaskFormVersion
            {
                Id = Guid.CreateVersion7(now), TaskId = taskId, Number = number, Definition = FormJson.Serialize(valid.Value), CreatedAt = now,
                CreatedBy = actor.ToString(),
            };
            _db.Set<TaskFormVersion>().Add(version);
            task.CurrentFormVersion = number;
            task.UpdatedAt = now;
            task.Version = Guid.NewGuid();
            await _audit.RecordAsync(actor, Entity, version.Id.ToString("D"), "Publish", null, "Published", $"task {taskId:D} v{number}", ct)
                .ConfigureAwait(false);
            _logger.FormVersionPublished(taskId, number, actor.ToString());
            return FormVersionView.From(version, number);
        }, cancellationToken);
    }

    /// <summary>One version of a task's form (for callers who may read the task).</summary>
    public async Task<Result<FormVersionView>> GetAsync(Guid taskId, int number, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await ReadableTaskAsync(taskId, actor, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return TaskErrors.NotFound;
        }

        var version = await _db.Set<TaskFormVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.TaskId == taskId && v.Number == number, cancellationToken).ConfigureAwait(false);
        return version is null ? FormErrors.VersionNotFound : FormVersionView.From(version, task.CurrentFormVersion);
    }

    /// <summary>Every version of a task's form, oldest first.</summary>
    public async Task<Result<IReadOnlyList<FormVersionView>>> ListAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await ReadableTaskAsync(taskId, actor, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return TaskErrors.NotFound;
        }

        var rows = await _db.Set<TaskFormVersion>().AsNoTracking().Where(v => v.TaskId == taskId).OrderBy(v => v.Number)
            .Take(FormLimits.MaxVersionsListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(v => FormVersionView.From(v, task.CurrentFormVersion));
    }

    private async Task<MonitoringTask?> ReadableTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken)
    {
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        return task is not null && MonitoringAccess.CanRead(task, actor) ? task : null;
    }
}
