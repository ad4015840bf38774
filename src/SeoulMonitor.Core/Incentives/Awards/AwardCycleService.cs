using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// The yearly award cycle (staff), along <see cref="AwardCycleLifecycle"/>: open (one per year), compute nominations
/// (again as often as needed until the review starts; each computation replaces the cycle's nominations), start review,
/// decide (winners among the nominations, within the declared numbers), announce (plaques, dialogue invitations and
/// notices). Each method is one unit of work writing exactly one audit record; a refusal writes nothing.
/// </summary>
public sealed partial class AwardCycleService
{
    private static readonly TransitionTable<AwardCycleState, AwardCycleEvent> Table = AwardCycleLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly AwardsOptions _options;
    private readonly ILogger<AwardCycleService> _logger;

    internal AwardCycleService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, IOptions<AwardsOptions> options, ILogger<AwardCycleService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Staff open the cycle of a year.</summary>
    public async Task<Result<AwardCycleView>> OpenAsync(OpenAwardCycleRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<AwardCycleView>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return AwardErrors.Forbidden;
            }

            if (Validate(request) is { } invalid)
            {
                return invalid;
            }

            await _db.LockNameAsync(LockKey(request.Year), ct).ConfigureAwait(false);
            if (await _db.Set<AwardCycle>().AnyAsync(c => c.Year == request.Year, ct).ConfigureAwait(false))
            {
                return AwardErrors.CycleExists;
            }

            var now = _time.GetUtcNow();
            var cycle = new AwardCycle
            {
                Id = Guid.CreateVersion7(now),
                Year = request.Year,
                State = AwardCycleState.Open,
                MonitorAwards = request.MonitorAwards,
                CommunityAwards = request.CommunityAwards,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<AwardCycle>().Add(cycle);
            await _recorder.CreationAsync(actor, AwardCycleLifecycle.Entity, cycle.Id, "Open", cycle.State, null, ct).ConfigureAwait(false);
            return AwardCycleView.From(cycle, 0, 0, 0);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff start the committee's review (the nominations are frozen from now on).</summary>
    public Task<Result<AwardCycleView>> StartReviewAsync(int year, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(year, AwardCycleEvent.StartReview, actor, null, static (_, _, _) => Task.FromResult<DomainError?>(null), cancellationToken);

    /// <summary>Staff (only): the cycle of a year with its counts.</summary>
    public async Task<Result<AwardCycleView>> GetAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsStaff(actor))
        {
            return AwardErrors.Forbidden;
        }

        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return AwardErrors.YearInvalid;
        }

        var cycle = await _db.Set<AwardCycle>().AsNoTracking().SingleOrDefaultAsync(c => c.Year == year, cancellationToken).ConfigureAwait(false);
        return cycle is null ? AwardErrors.CycleNotFound : await ViewAsync(cycle, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    private static long LockKey(int year) => 0x4157_4152_0000_0000L + year;

    private static DomainError? Validate(OpenAwardCycleRequest request) =>
        request.Year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear ? AwardErrors.YearInvalid
        : request.MonitorAwards is < AwardLimits.MinMonitorAwards or > AwardLimits.MaxMonitorAwards ? AwardErrors.MonitorAwardsInvalid
        : request.CommunityAwards is < AwardLimits.MinCommunityAwards or > AwardLimits.MaxCommunityAwards ? AwardErrors.CommunityAwardsInvalid
        : null;

    private async Task<AwardCycleView> ViewAsync(AwardCycle cycle, CancellationToken ct)
    {
        var counts = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle.Id)
            .GroupBy(n => new { n.Kind, n.Awarded }).Select(g => new { g.Key.Kind, g.Key.Awarded, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        return AwardCycleView.From(cycle,
            counts.Where(c => c.Kind == CandidateKind.Monitor).Sum(c => c.Count),
            counts.Where(c => c.Kind == CandidateKind.Community).Sum(c => c.Count),
            counts.Where(c => c.Awarded).Sum(c => c.Count));
    }

    /// <summary>Loads and locks the year's cycle, fires the event, runs <paramref name="work"/>, writes one audit record.</summary>
    private async Task<Result<AwardCycleView>> FireAsync(
        int year, AwardCycleEvent evt, Actor actor, string? reason, Func<AwardCycle, DateTimeOffset, CancellationToken, Task<DomainError?>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<AwardCycleView>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return AwardErrors.Forbidden;
            }

            if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
            {
                return AwardErrors.YearInvalid;
            }

            var id = await _db.Set<AwardCycle>().Where(c => c.Year == year).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            var cycle = id is { } found ? await _db.LockByIdAsync<AwardCycle>("award_cycles", found, ct).ConfigureAwait(false) : null;
            if (cycle is null)
            {
                return AwardErrors.CycleNotFound;
            }

            var fired = Table.Fire(cycle.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (await work(cycle, now, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var from = cycle.State;
            cycle.State = fired.Value;
            cycle.UpdatedAt = now;
            cycle.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, AwardCycleLifecycle.Entity, cycle.Id, evt, from, cycle.State, reason, ct).ConfigureAwait(false);
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            return await ViewAsync(cycle, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false));
    }
}
