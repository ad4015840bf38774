using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// Task setup (staff): create a task from a selected demand (one task per demand, linked both ways) or directly, and
/// edit it — every field while planned; while recruiting only the recruitment close, the fieldwork window and a
/// larger capacity (other fields: <c>task.field_locked</c>); never afterwards (<c>task.not_editable</c>).
/// </summary>
public sealed class TaskSetupService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly RegionCatalog _regions;
    private readonly ILogger<TaskSetupService> _logger;

    internal TaskSetupService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, AuditTrail audit, TimeProvider time, RegionCatalog regions, ILogger<TaskSetupService> logger)
    {
        _db = db;
        _recorder = recorder;
        _audit = audit;
        _time = time;
        _regions = regions;
        _logger = logger;
    }

    /// <summary>Staff create a task (state Planned).</summary>
    public async Task<Result<TaskView>> CreateAsync(CreateTaskRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<TaskView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return TaskErrors.Forbidden;
            }

            var r = request ?? new CreateTaskRequest();
            TaskDemand? demand = null;
            if (r.DemandId is { } demandId)
            {
                demand = await _db.LockByIdAsync<TaskDemand>("task_demands", demandId, ct).ConfigureAwait(false);
                DomainError? refused = demand is null ? TaskErrors.DemandNotFound
                    : demand.TaskId is not null ? DemandErrors.TaskExists
                    : demand.State != DemandState.Selected ? DemandErrors.NotSelected
                    : null;
                if (refused is not null)
                {
                    return refused;
                }
            }

            var method = TaskValidation.Method(r.SelectionMethod);
            if (!method.IsSuccess)
            {
                return method.Error;
            }

            var settings = await CheckAsync(new TaskValidation.Input(
                r.Title ?? demand?.Title, r.Purpose ?? demand?.Purpose, r.Department ?? demand?.Department, r.Sites ?? demand?.Sites,
                r.Capacity ?? demand?.Headcount, method.Value, r.LotterySeed,
                r.RecruitmentOpensAt, r.RecruitmentClosesAt, r.FieldworkOpensAt, r.FieldworkClosesAt, r.EligibleDistricts, r.RequiredTrainingSessionIds), ct)
                .ConfigureAwait(false);
            if (!settings.IsSuccess)
            {
                return settings.Error;
            }

            var now = _time.GetUtcNow();
            var task = new MonitoringTask
            {
                Id = Guid.CreateVersion7(now), DemandId = demand?.Id, State = MonitoringTaskState.Planned, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            WithSeed(settings.Value).ApplyTo(task);
            _db.Set<MonitoringTask>().Add(task);
            if (demand is not null)
            {
                demand.TaskId = task.Id;
                demand.UpdatedAt = now;
                demand.Version = Guid.NewGuid();
            }

            await _recorder.CreationAsync(actor, MonitoringTaskLifecycle.Entity, task.Id, "Create", task.State, null, ct).ConfigureAwait(false);
            _logger.TaskCreated(task.Id, actor.ToString(), task.DemandId);
            return TaskView.From(task);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff edit a task (null fields unchanged); see the class remarks for what may change when.</summary>
    public async Task<Result<TaskView>> UpdateAsync(Guid id, UpdateTaskRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<TaskView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return TaskErrors.Forbidden;
            }

            var task = await _db.LockByIdAsync<MonitoringTask>("monitoring_tasks", id, ct).ConfigureAwait(false);
            if (task is null)
            {
                return TaskErrors.NotFound;
            }

            var r = request ?? new UpdateTaskRequest();
            if (CheckEditable(task, r) is { } locked)
            {
                return locked;
            }

            var method = r.SelectionMethod is null ? task.SelectionMethod : TaskValidation.Method(r.SelectionMethod);
            if (!method.IsSuccess)
            {
                return method.Error;
            }

            var seed = r.LotterySeed ?? (method.Value == SelectionMethod.Lottery ? task.LotterySeed : null);
            var settings = await CheckAsync(new TaskValidation.Input(
                r.Title ?? task.Title, r.Purpose ?? task.Purpose, r.Department ?? task.Department, r.Sites ?? task.Sites, r.Capacity ?? task.Capacity,
                method.Value, seed,
                r.RecruitmentOpensAt ?? Iso(task.RecruitmentOpensAt), r.RecruitmentClosesAt ?? Iso(task.RecruitmentClosesAt),
                r.FieldworkOpensAt ?? Iso(task.FieldworkOpensAt), r.FieldworkClosesAt ?? Iso(task.FieldworkClosesAt),
                r.EligibleDistricts ?? task.EligibleDistricts, r.RequiredTrainingSessionIds ?? task.RequiredTrainingSessionIds), ct).ConfigureAwait(false);
            if (!settings.IsSuccess)
            {
                return settings.Error;
            }

            var now = _time.GetUtcNow();
            WithSeed(settings.Value).ApplyTo(task);
            task.UpdatedAt = now;
            task.Version = Guid.NewGuid();
            await _audit.RecordAsync(actor, MonitoringTaskLifecycle.Entity, task.Id.ToString("D"), "Edit", task.State.ToString(), task.State.ToString(), null, ct)
                .ConfigureAwait(false);
            _logger.TaskEdited(task.Id, actor.ToString());
            return TaskView.From(task);
        }, cancellationToken).ConfigureAwait(false));
    }

    private static DomainError? CheckEditable(MonitoringTask task, UpdateTaskRequest r)
    {
        if (task.IsHistorical || task.State is not (MonitoringTaskState.Planned or MonitoringTaskState.RecruitmentOpen))
        {
            return TaskErrors.NotEditable;
        }

        if (task.State == MonitoringTaskState.Planned)
        {
            return null;
        }

        var locked = r.Title is not null ? "title"
            : r.Purpose is not null ? "purpose"
            : r.Department is not null ? "department"
            : r.Sites is not null ? "sites"
            : r.SelectionMethod is not null ? "selectionMethod"
            : r.LotterySeed is not null ? "lotterySeed"
            : r.RecruitmentOpensAt is not null ? "recruitmentOpensAt"
            : r.EligibleDistricts is not null ? "eligibleDistricts"
            : r.RequiredTrainingSessionIds is not null ? "requiredTrainingSessionIds"
            : null;
        return locked is not null ? TaskErrors.FieldLocked(locked)
            : r.Capacity < task.Capacity ? TaskErrors.CapacityDecrease
            : null;
    }

    private async Task<Result<TaskSettings>> CheckAsync(TaskValidation.Input input, CancellationToken ct)
    {
        var settings = TaskValidation.Settings(input, _regions);
        if (!settings.IsSuccess)
        {
            return settings;
        }

        var s = settings.Value;
        if (!await _db.Set<Department>().AnyAsync(d => d.Name == s.Department, ct).ConfigureAwait(false))
        {
            return TaskFieldErrors.DepartmentUnknown;
        }

        var ids = s.RequiredTrainingSessionIds;
        if (ids.Count > 0 && await _db.Set<TrainingSession>().CountAsync(t => ids.Contains(t.Id), ct).ConfigureAwait(false) != ids.Count)
        {
            return TaskFieldErrors.TrainingNotFound;
        }

        return s;
    }

    /// <summary>A lottery task without a seed gets one from a cryptographic RNG (recorded on the task).</summary>
    private static TaskSettings WithSeed(TaskSettings s) =>
        s.SelectionMethod == SelectionMethod.Lottery && s.LotterySeed is null
            ? s with { LotterySeed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))) }
            : s;

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
