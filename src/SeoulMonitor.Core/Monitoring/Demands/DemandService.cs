using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>
/// Demand intake: departments submit demands for their own department, leaders of active communities propose tasks,
/// staff register ad-hoc demands (or a department's, on its behalf). Screening is in <see cref="DemandScreeningService"/>.
/// </summary>
public sealed class DemandService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<DemandService> _logger;

    internal DemandService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<DemandService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Submits a demand (actor: a department officer, a community leader or staff).</summary>
    public async Task<Result<DemandView>> SubmitAsync(SubmitDemandRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<DemandView>(async ct =>
        {
            if (request is null)
            {
                return DemandFieldErrors.TitleRequired;
            }

            var fields = DemandValidation.Fields(
                request.Title, request.Purpose, request.Sites, request.PeriodStart, request.PeriodEnd, request.Headcount, request.Requirements);
            if (!fields.IsSuccess)
            {
                return fields.Error;
            }

            var origin = await OriginAsync(request, actor, ct).ConfigureAwait(false);
            if (!origin.IsSuccess)
            {
                return origin.Error;
            }

            var now = _time.GetUtcNow();
            var (source, department, community) = origin.Value;
            var round = await RoundAsync(request.SurveyRoundId, source, now, ct).ConfigureAwait(false);
            if (!round.IsSuccess)
            {
                return round.Error;
            }

            var demand = new TaskDemand
            {
                Id = Guid.CreateVersion7(now),
                Source = source,
                Department = department,
                CommunityId = community,
                SurveyRoundId = round.Value,
                State = DemandState.Submitted,
                SubmittedBy = actor.ToString(),
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            fields.Value.ApplyTo(demand);
            _db.Set<TaskDemand>().Add(demand);
            await _recorder.CreationAsync(actor, DemandLifecycle.Entity, demand.Id, "Submit", demand.State, null, ct).ConfigureAwait(false);
            _logger.DemandSubmitted(demand.Id, source.ToString(), actor.ToString());
            return DemandView.From(demand);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>One demand, if the actor may read it (otherwise not found).</summary>
    public async Task<Result<DemandView>> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var demand = await _db.Set<TaskDemand>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return demand is not null && await DemandAccess.CanReadAsync(_db, demand, actor, cancellationToken).ConfigureAwait(false)
            ? DemandView.From(demand)
            : DemandErrors.NotFound;
    }

    /// <summary>
    /// Demands, newest first (ties by id), one keyset page at a time: each demand present from the first page to the
    /// last is returned exactly once, also while demands are added between pages. Staff see all, a department officer
    /// their department's, a community leader those of the communities they lead.
    /// </summary>
    public async Task<Result<DemandPage>> PageAsync(DemandListQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = query ?? new DemandListQuery();
        var page = TaskValidation.Page(q.Limit, q.After, ListCursor.Demands);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var demands = _db.Set<TaskDemand>().AsNoTracking();
        if (MonitoringAccess.IsStaff(actor))
        {
        }
        else if (MonitoringAccess.DepartmentOf(actor) is { } department)
        {
            demands = demands.Where(d => d.Department == department);
        }
        else if (MonitoringAccess.MonitorOf(actor) is { } monitor)
        {
            var led = _db.Set<Community>().Where(c => c.LeaderId == monitor && c.State == CommunityState.Active).Select(c => (Guid?)c.Id);
            demands = demands.Where(d => led.Contains(d.CommunityId));
        }
        else
        {
            return DemandErrors.Forbidden;
        }

        if (q.State is { } s)
        {
            demands = demands.Where(d => d.State == s);
        }

        if (q.SurveyRoundId is { } r)
        {
            demands = demands.Where(d => d.SurveyRoundId == r);
        }

        if (page.Value is { } after)
        {
            demands = demands.Where(d => d.CreatedAt < after.Key || (d.CreatedAt == after.Key && d.Id.CompareTo(after.Id) > 0));
        }

        var rows = await demands.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Take(q.Limit + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Take(q.Limit).ToList();
        var next = rows.Count > q.Limit ? ListCursor.Encode(ListCursor.Demands, items[^1].CreatedAt, items[^1].Id) : null;
        return new DemandPage(items.ConvertAll(DemandView.From), next);
    }

    private async Task<Result<(DemandSource, string?, Guid?)>> OriginAsync(SubmitDemandRequest request, Actor actor, CancellationToken ct)
    {
        if (MonitoringAccess.DepartmentOf(actor) is { } own)
        {
            return await IsRegisteredAsync(own, ct).ConfigureAwait(false)
                ? (DemandSource.Department, own, null)
                : DemandErrors.DepartmentUnknown;
        }

        var named = string.IsNullOrWhiteSpace(request.Department) ? null : request.Department.Trim();
        if (named is not null && !await IsRegisteredAsync(named, ct).ConfigureAwait(false))
        {
            return DemandErrors.DepartmentUnknown;
        }

        if (MonitoringAccess.MonitorOf(actor) is { } monitor)
        {
            if (request.CommunityId is not { } communityId)
            {
                return DemandErrors.CommunityRequired;
            }

            var community = await _db.Set<Community>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, ct).ConfigureAwait(false);
            return community is null ? DemandErrors.CommunityNotFound
                : community.State != CommunityState.Active ? DemandErrors.CommunityNotActive
                : community.LeaderId != monitor ? DemandErrors.NotCommunityLeader
                : (DemandSource.Community, named, communityId);
        }

        if (!MonitoringAccess.IsStaff(actor))
        {
            return DemandErrors.Forbidden;
        }

        return request.OnBehalfOfDepartment
            ? named is null ? DemandErrors.DepartmentRequired : (DemandSource.Department, named, null)
            : (DemandSource.Staff, named, null);
    }

    private async Task<Result<Guid?>> RoundAsync(Guid? named, DemandSource source, DateTimeOffset now, CancellationToken ct)
    {
        if (named is { } id)
        {
            var round = await _db.Set<DemandSurveyRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false);
            return round is null ? DemandErrors.RoundNotFound
                : now < round.OpensAt ? DemandErrors.RoundNotOpen
                : !DemandRoundView.OpenAt(round, now) ? DemandErrors.RoundClosed
                : id;
        }

        if (source != DemandSource.Department)
        {
            return Result<Guid?>.Success(null);
        }

        var open = await _db.Set<DemandSurveyRound>().AsNoTracking()
            .Where(r => !r.ClosedEarly && r.OpensAt <= now && now < r.ClosesAt)
            .OrderByDescending(r => r.OpensAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return open;
    }

    private Task<bool> IsRegisteredAsync(string name, CancellationToken ct) => _db.Set<Department>().AnyAsync(d => d.Name == name, ct);
}
