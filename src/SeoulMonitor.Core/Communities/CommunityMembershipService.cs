using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Communities;

/// <summary>
/// Who belongs to a community: join requests, invitations, leaving and removal. Each method is one event of the
/// <see cref="CommunityLifecycle.Member"/> table; every change to a community is serialised on its row.
/// </summary>
public sealed class CommunityMembershipService
{
    private static readonly TransitionTable<CommunityMemberState, CommunityMemberEvent> Table = CommunityLifecycle.Member;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal CommunityMembershipService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
    }

    private enum Caller
    {
        Subject,
        Leader,
    }

    /// <summary>An active monitor asks to join an active community (one pending request at a time).</summary>
    public Task<Result<CommunityMemberView>> RequestToJoinAsync(Guid communityId, Guid monitorId, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.Request, Actor.Monitor(monitorId), Caller.Subject, null, RequireActiveAsync, cancellationToken);

    /// <summary>The requester withdraws their pending request.</summary>
    public Task<Result<CommunityMemberView>> WithdrawRequestAsync(Guid communityId, Guid monitorId, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.WithdrawRequest, Actor.Monitor(monitorId), Caller.Subject, null, null, cancellationToken);

    /// <summary>The leader (or staff) accepts a join request.</summary>
    public Task<Result<CommunityMemberView>> AcceptRequestAsync(Guid communityId, Guid monitorId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.AcceptRequest, actor, Caller.Leader, null, RequireRoomAsync, cancellationToken);

    /// <summary>The leader (or staff) declines a join request.</summary>
    public Task<Result<CommunityMemberView>> DeclineRequestAsync(Guid communityId, Guid monitorId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.DeclineRequest, actor, Caller.Leader, null, null, cancellationToken);

    /// <summary>The leader (or staff) invites an active monitor (one pending invitation at a time).</summary>
    public Task<Result<CommunityMemberView>> InviteAsync(Guid communityId, Guid monitorId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.Invite, actor, Caller.Leader, null, RequireActiveAsync, cancellationToken);

    /// <summary>The leader (or staff) revokes a pending invitation.</summary>
    public Task<Result<CommunityMemberView>> RevokeInvitationAsync(Guid communityId, Guid monitorId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.RevokeInvitation, actor, Caller.Leader, null, null, cancellationToken);

    /// <summary>The invitee accepts the invitation.</summary>
    public Task<Result<CommunityMemberView>> AcceptInvitationAsync(Guid communityId, Guid monitorId, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.AcceptInvitation, Actor.Monitor(monitorId), Caller.Subject, null, RequireRoomAsync, cancellationToken);

    /// <summary>The invitee declines the invitation.</summary>
    public Task<Result<CommunityMemberView>> DeclineInvitationAsync(Guid communityId, Guid monitorId, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.DeclineInvitation, Actor.Monitor(monitorId), Caller.Subject, null, null, cancellationToken);

    /// <summary>
    /// A member leaves. A leader must hand over first, unless they are the last member: then the community is dissolved.
    /// </summary>
    public Task<Result<CommunityMemberView>> LeaveAsync(Guid communityId, Guid monitorId, CancellationToken cancellationToken = default) =>
        FireAsync(communityId, monitorId, CommunityMemberEvent.Leave, Actor.Monitor(monitorId), Caller.Subject, null,
            (community, member, _) => Task.FromResult<DomainError?>(
                member.Role == CommunityRole.Leader && community.MemberCount > 1 ? CommunityErrors.LeaderMustHandOver : null),
            cancellationToken);

    /// <summary>The leader (or staff) removes a member, with a reason. The leader cannot be removed.</summary>
    public Task<Result<CommunityMemberView>> RemoveAsync(Guid communityId, Guid monitorId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var checkedReason = CommunityValidation.Reason(reason, required: true);
        return !checkedReason.IsSuccess
            ? Task.FromResult(_recorder.Outcome(Result<CommunityMemberView>.Failure(checkedReason.Error)))
            : FireAsync(communityId, monitorId, CommunityMemberEvent.Remove, actor, Caller.Leader, checkedReason.Value,
                (_, member, _) => Task.FromResult<DomainError?>(member.Role == CommunityRole.Leader ? CommunityErrors.CannotRemoveLeader : null),
                cancellationToken);
    }

    /// <summary>Every request, invitation and membership of a community (its leader or staff).</summary>
    public async Task<Result<IReadOnlyList<CommunityMemberView>>> MembersAsync(Guid communityId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var community = await _db.Set<Community>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false);
        if (community is null)
        {
            return CommunityErrors.NotFound;
        }

        if (CommunityStore.CheckLeaderOrStaff(community, actor) is { } forbidden)
        {
            return forbidden;
        }

        var rows = await _db.Set<CommunityMember>().AsNoTracking().Where(m => m.CommunityId == communityId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(CommunityMemberView.From);
    }

    /// <summary>A monitor's communities: every community they requested, were invited to, or belong(ed) to.</summary>
    public async Task<IReadOnlyList<MonitorCommunityView>> ForMonitorAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<CommunityMember>().AsNoTracking()
            .Where(m => m.MonitorId == monitorId)
            .Join(_db.Set<Community>().AsNoTracking(), m => m.CommunityId, c => c.Id, (m, c) => new { m, c })
            .OrderBy(x => x.c.NormalizedName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(x => new MonitorCommunityView(CommunityView.From(x.c), CommunityMemberView.From(x.m)));
    }

    private async Task<DomainError?> RequireActiveAsync(Community community, CommunityMember member, CancellationToken cancellationToken) =>
        await _db.IsActiveAsync(member.MonitorId, cancellationToken).ConfigureAwait(false) ? null : CommunityErrors.MonitorNotActive;

    private async Task<DomainError?> RequireRoomAsync(Community community, CommunityMember member, CancellationToken cancellationToken)
    {
        if (!await _db.IsActiveAsync(member.MonitorId, cancellationToken).ConfigureAwait(false))
        {
            return CommunityErrors.MonitorNotActive;
        }

        return community.MemberCount >= CommunityLimits.MaxMembers ? CommunityErrors.Full : null;
    }

    private async Task<Result<CommunityMemberView>> FireAsync(
        Guid communityId,
        Guid monitorId,
        CommunityMemberEvent evt,
        Actor actor,
        Caller caller,
        string? reason,
        Func<Community, CommunityMember, CancellationToken, Task<DomainError?>>? rule,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<CommunityMemberView>(async ct =>
        {
            var community = await CommunityStore.LockAsync(_db, communityId, ct).ConfigureAwait(false);
            if (community is null)
            {
                return CommunityErrors.NotFound;
            }

            if (caller == Caller.Leader && CommunityStore.CheckLeaderOrStaff(community, actor) is { } forbidden)
            {
                return forbidden;
            }

            if (community.State != CommunityState.Active)
            {
                return CommunityErrors.NotActive;
            }

            var now = _time.GetUtcNow();
            var member = await CommunityStore.FindMemberAsync(_db, communityId, monitorId, ct).ConfigureAwait(false);
            var creates = member is null && evt is CommunityMemberEvent.Request or CommunityMemberEvent.Invite;
            if (member is null && !creates)
            {
                return CommunityErrors.MemberNotFound;
            }

            member ??= NewMember(communityId, monitorId, now);
            CommunityMemberState? from = creates ? null : member.State;
            var to = evt == CommunityMemberEvent.Request ? CommunityMemberState.Requested : CommunityMemberState.Invited;
            if (from is { } current)
            {
                var fired = Table.Fire(current, evt);
                if (!fired.IsSuccess)
                {
                    return fired.Error;
                }

                to = fired.Value;
            }

            if (rule is not null && await rule(community, member, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            return await ApplyAsync(community, member, evt, from, to, reason, actor, now, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false));
    }

    private async Task<Result<CommunityMemberView>> ApplyAsync(
        Community community, CommunityMember member, CommunityMemberEvent evt, CommunityMemberState? from, CommunityMemberState to,
        string? reason, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var wasLeader = member.Role == CommunityRole.Leader;
        if (from is null)
        {
            _db.Set<CommunityMember>().Add(member);
        }

        if (to == CommunityMemberState.Member)
        {
            community.MemberCount++;
        }
        else if (from == CommunityMemberState.Member)
        {
            community.MemberCount--;
        }

        member.State = to;
        member.Role = CommunityRole.Member;
        member.StateReason = reason;
        CommunityStore.Touch(member, now);
        CommunityStore.Touch(community, now);
        if (from is { } previous)
        {
            await _recorder.TransitionAsync(actor, CommunityLifecycle.MemberEntity, member.Id, evt, previous, to, reason, ct).ConfigureAwait(false);
        }
        else
        {
            await _recorder.CreationAsync(actor, CommunityLifecycle.MemberEntity, member.Id, evt.ToString(), to, reason, ct).ConfigureAwait(false);
        }

        if (wasLeader && to == CommunityMemberState.Left)
        {
            // The last member (who leads) left: the community ends with them.
            await CommunityStore.DissolveAsync(_db, _recorder, community, reason, actor, now, ct).ConfigureAwait(false);
        }

        return CommunityMemberView.From(member);
    }

    private static CommunityMember NewMember(Guid communityId, Guid monitorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CommunityId = communityId,
        MonitorId = monitorId,
        CreatedAt = now,
        UpdatedAt = now,
        Version = Guid.NewGuid(),
    };
}
