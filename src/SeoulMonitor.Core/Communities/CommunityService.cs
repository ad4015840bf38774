using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Communities;

/// <summary>
/// The community lifecycle: a monitor founds one, staff approve or reject it, staff (or its last member) dissolve it,
/// the leader hands leadership over. Joining and leaving are in <see cref="CommunityMembershipService"/>.
/// </summary>
public sealed class CommunityService
{
    private static readonly TransitionTable<CommunityState, CommunityEvent> Table = CommunityLifecycle.Community;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal CommunityService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>An active monitor founds a community; it waits for staff approval and the founder will lead it.</summary>
    public async Task<Result<CommunityView>> FoundAsync(Guid founderId, FoundCommunityRequest request, CancellationToken cancellationToken = default) =>
        _recorder.Outcome(await _db.ExecuteAsync<CommunityView>(async ct =>
        {
            var input = CommunityValidation.Found(request);
            if (!input.IsSuccess)
            {
                return input.Error;
            }

            if (!await _db.IsActiveAsync(founderId, ct).ConfigureAwait(false))
            {
                return CommunityErrors.MonitorNotActive;
            }

            var (name, description, area) = input.Value;
            var normalized = CommunityValidation.Normalize(name);
            await _db.LockNameAsync(CommunityStore.NameLockKey, ct).ConfigureAwait(false);
            var taken = await _db.Set<Community>().AnyAsync(
                c => c.NormalizedName == normalized && (c.State == CommunityState.Proposed || c.State == CommunityState.Active), ct).ConfigureAwait(false);
            if (taken)
            {
                return CommunityErrors.NameTaken;
            }

            var now = _time.GetUtcNow();
            var community = new Community
            {
                Id = Guid.CreateVersion7(now),
                Name = name,
                NormalizedName = normalized,
                Description = description,
                FocusArea = area,
                State = CommunityState.Proposed,
                FounderId = founderId,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<Community>().Add(community);
            await _recorder.CreationAsync(Actor.Monitor(founderId), CommunityLifecycle.CommunityEntity, community.Id, "Found", community.State, null, ct)
                .ConfigureAwait(false);
            return CommunityView.From(community);
        }, cancellationToken).ConfigureAwait(false));

    /// <summary>Staff approve a proposed community; its founder becomes its leader and first member.</summary>
    public Task<Result<CommunityView>> ApproveAsync(Guid communityId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, CommunityEvent.Approve, actor, _ => CommunityStore.CheckStaff(actor), async (community, now, ct) =>
        {
            if (!await _db.IsActiveAsync(community.FounderId, ct).ConfigureAwait(false))
            {
                return CommunityErrors.MonitorNotActive;
            }

            var leader = new CommunityMember
            {
                Id = Guid.CreateVersion7(now),
                CommunityId = community.Id,
                MonitorId = community.FounderId,
                State = CommunityMemberState.Member,
                Role = CommunityRole.Leader,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<CommunityMember>().Add(leader);
            community.LeaderId = leader.MonitorId;
            community.MemberCount = 1;
            community.StateReason = null;
            await _recorder.CreationAsync(actor, CommunityLifecycle.MemberEntity, leader.Id, "Found", leader.State, null, ct).ConfigureAwait(false);
            return (DomainError?)null;
        }, reason: null, cancellationToken);

    /// <summary>Staff reject a proposed community, with a reason.</summary>
    public Task<Result<CommunityView>> RejectAsync(Guid communityId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var checkedReason = CommunityValidation.Reason(reason, required: true);
        if (!checkedReason.IsSuccess)
        {
            return Task.FromResult(_recorder.Outcome(Result<CommunityView>.Failure(checkedReason.Error)));
        }

        return FireAsync(communityId, CommunityEvent.Reject, actor, _ => CommunityStore.CheckStaff(actor), (community, _, _) =>
        {
            community.StateReason = checkedReason.Value;
            return Task.FromResult<DomainError?>(null);
        }, checkedReason.Value, cancellationToken);
    }

    /// <summary>
    /// Dissolves an active community: staff with a reason, or its leader when they are its last member. Pending
    /// requests and invitations are cancelled and members leave, each with its own audit record.
    /// </summary>
    public async Task<Result<CommunityView>> DissolveAsync(Guid communityId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var isStaff = CommunityStore.CheckStaff(actor) is null;
        var checkedReason = CommunityValidation.Reason(reason, required: isStaff);
        if (!checkedReason.IsSuccess)
        {
            return _recorder.Outcome(Result<CommunityView>.Failure(checkedReason.Error));
        }

        return _recorder.Outcome(await _db.ExecuteAsync<CommunityView>(async ct =>
        {
            var community = await CommunityStore.LockAsync(_db, communityId, ct).ConfigureAwait(false);
            if (community is null)
            {
                return CommunityErrors.NotFound;
            }

            if (CommunityStore.CheckLeaderOrStaff(community, actor) is { } notLeader)
            {
                return notLeader;
            }

            var fired = Table.Fire(community.State, CommunityEvent.Dissolve);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (!isStaff && community.MemberCount > 1)
            {
                return CommunityErrors.NotLastMember;
            }

            await CommunityStore.DissolveAsync(_db, _recorder, community, checkedReason.Value, actor, _time.GetUtcNow(), ct).ConfigureAwait(false);
            return CommunityView.From(community);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The leader (or staff) hands leadership to another current member; roles swap atomically.</summary>
    public Task<Result<CommunityView>> HandOverAsync(Guid communityId, Guid newLeaderId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, CommunityEvent.HandOver, actor, c => CommunityStore.CheckLeaderOrStaff(c, actor), async (community, now, ct) =>
        {
            if (community.LeaderId == newLeaderId)
            {
                return CommunityErrors.AlreadyLeader;
            }

            var next = await CommunityStore.FindMemberAsync(_db, communityId, newLeaderId, ct).ConfigureAwait(false);
            if (next is not { State: CommunityMemberState.Member })
            {
                return CommunityErrors.NotAMember;
            }

            if (!await _db.IsActiveAsync(newLeaderId, ct).ConfigureAwait(false))
            {
                return CommunityErrors.MonitorNotActive;
            }

            if (community.LeaderId is { } oldLeaderId && await CommunityStore.FindMemberAsync(_db, communityId, oldLeaderId, ct).ConfigureAwait(false) is { } old)
            {
                old.Role = CommunityRole.Member;
                CommunityStore.Touch(old, now);
            }

            next.Role = CommunityRole.Leader;
            CommunityStore.Touch(next, now);
            community.LeaderId = newLeaderId;
            return (DomainError?)null;
        }, reason: null, cancellationToken);

    /// <summary>One community.</summary>
    public async Task<Result<CommunityView>> GetAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var community = await _db.Set<Community>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false);
        return community is null ? CommunityErrors.NotFound : CommunityView.From(community);
    }

    /// <summary>Communities, optionally in one state, by name.</summary>
    public async Task<IReadOnlyList<CommunityView>> ListAsync(CommunityState? state = null, CancellationToken cancellationToken = default)
    {
        var query = _db.Set<Community>().AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        var rows = await query.OrderBy(c => c.NormalizedName).Take(1000).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(CommunityView.From);
    }

    private async Task<Result<CommunityView>> FireAsync(
        Guid communityId,
        CommunityEvent evt,
        Actor actor,
        Func<Community, DomainError?> authorize,
        Func<Community, DateTimeOffset, CancellationToken, Task<DomainError?>> apply,
        string? reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<CommunityView>(async ct =>
        {
            var community = await CommunityStore.LockAsync(_db, communityId, ct).ConfigureAwait(false);
            if (community is null)
            {
                return CommunityErrors.NotFound;
            }

            if (authorize(community) is { } forbidden)
            {
                return forbidden;
            }

            var fired = Table.Fire(community.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            var from = community.State;
            if (await apply(community, now, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            community.State = fired.Value;
            CommunityStore.Touch(community, now);
            await _recorder.TransitionAsync(actor, CommunityLifecycle.CommunityEntity, community.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
            return CommunityView.From(community);
        }, cancellationToken).ConfigureAwait(false));
    }
}
