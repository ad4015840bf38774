using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Stipend rules (staff): per year (the default) and per task (an override). A changed rule is a new row, so the history
/// is kept; the newest rule of a year or task is in force. Rules of a closed budget year cannot change.
/// </summary>
public sealed class StipendRuleService
{
    /// <summary>The audit entity type of stipend rules.</summary>
    public const string Entity = "stipend_rule";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal StipendRuleService(SeoulMonitorDbContext db, AuditTrail audit, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>Sets a new rule (one audit record); refused with a typed error and nothing written when invalid.</summary>
    public async Task<Result<StipendRuleView>> SetAsync(StipendRuleRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (Validate(request, actor) is { } invalid)
        {
            return _recorder.Outcome(Result<StipendRuleView>.Failure(invalid));
        }

        return _recorder.Outcome(await _db.ExecuteAsync<StipendRuleView>(async ct =>
        {
            await _db.LockNameAsync(StipendStore.YearLockKey(request.Year), ct).ConfigureAwait(false);
            if (await StipendStore.IsYearClosedAsync(_db, request.Year, ct).ConfigureAwait(false))
            {
                return StipendErrors.YearClosed;
            }

            if (request.TaskId is { } taskId)
            {
                var taskYear = await _db.Set<MonitoringTask>().Where(t => t.Id == taskId).Select(t => (int?)t.Year).SingleOrDefaultAsync(ct).ConfigureAwait(false);
                if (taskYear is null)
                {
                    return StipendErrors.TaskNotFound;
                }

                if (taskYear != request.Year)
                {
                    return StipendErrors.TaskOtherYear;
                }
            }

            var rules = await StipendStore.RulesAsync(_db, request.Year, ct).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var latest = rules.Count == 0 ? (DateTimeOffset?)null : rules[^1].CreatedAt;

            // Rules are ordered by CreatedAt: a rule set in the same instant as the last one still comes after it.
            var createdAt = latest is { } last && last >= now ? last.AddMilliseconds(1) : now;
            var rule = new StipendRule
            {
                Id = Guid.CreateVersion7(now),
                Year = request.Year,
                TaskId = request.TaskId,
                PerParticipation = request.PerParticipation,
                PerCommunityActivity = request.PerCommunityActivity,
                CreatedAt = createdAt,
                CreatedBy = actor.Id.Length > 200 ? actor.Id[..200] : actor.Id,
            };
            _db.Set<StipendRule>().Add(rule);
            var summary = string.Create(CultureInfo.InvariantCulture, $"year {rule.Year}, task {rule.TaskId?.ToString("D") ?? "-"}: {rule.PerParticipation} won per participation, {rule.PerCommunityActivity} won per community activity");
            await _audit.RecordAsync(actor, Entity, rule.Id.ToString("D"), "Set", null, "InForce", summary, ct).ConfigureAwait(false);
            return StipendRuleView.From(rule, isCurrent: true);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every rule of a year, oldest first, marking the ones in force.</summary>
    public async Task<Result<IReadOnlyList<StipendRuleView>>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        if (!StipendStore.IsYearValid(year))
        {
            return StipendErrors.YearInvalid;
        }

        var rules = await StipendStore.RulesAsync(_db, year, cancellationToken).ConfigureAwait(false);
        var (yearRule, tasks) = StipendStore.InForce(rules);
        return rules.Select(r => StipendRuleView.From(r, r == yearRule || tasks.ContainsValue(r))).ToList();
    }

    private static DomainError? Validate(StipendRuleRequest request, Actor actor) =>
        !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden
        : !StipendStore.IsYearValid(request.Year) ? StipendErrors.YearInvalid
        : request.PerParticipation is < StipendLimits.MinRuleAmount or > StipendLimits.MaxRuleAmount ? StipendErrors.PerParticipationInvalid
        : request.PerCommunityActivity is < StipendLimits.MinRuleAmount or > StipendLimits.MaxRuleAmount ? StipendErrors.PerCommunityActivityInvalid
        : request.TaskId is not null && request.PerCommunityActivity != 0 ? StipendErrors.TaskRuleCommunityAmount
        : null;
}
