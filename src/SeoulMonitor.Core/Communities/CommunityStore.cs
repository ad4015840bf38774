using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Communities;

/// <summary>Loading, locking, permission checks and dissolution shared by the community services.</summary>
internal static class CommunityStore
{
    /// <summary>The advisory lock key that serialises founding (name uniqueness) on PostgreSQL.</summary>
    public const long NameLockKey = 0x5345_4f55_4c43_4f4d; // "SEOULCOM"

    /// <summary>Loads and locks the community, so that every change to it and its members is serialised.</summary>
    public static Task<Community?> LockAsync(SeoulMonitorDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.LockByIdAsync<Community>("communities", id, cancellationToken);

    public static Task<CommunityMember?> FindMemberAsync(SeoulMonitorDbContext db, Guid communityId, Guid monitorId, CancellationToken cancellationToken) =>
        db.Set<CommunityMember>().SingleOrDefaultAsync(m => m.CommunityId == communityId && m.MonitorId == monitorId, cancellationToken);

    /// <summary>Staff, or the monitor who leads this community.</summary>
    public static DomainError? CheckLeaderOrStaff(Community community, Actor actor) => actor.Kind switch
    {
        ActorKind.Staff or ActorKind.System => null,
        ActorKind.Monitor when MonitorIdOf(actor) is { } id && community.LeaderId == id => null,
        _ => CommunityErrors.NotLeader,
    };

    /// <summary>Staff (or the system) only.</summary>
    public static DomainError? CheckStaff(Actor actor) =>
        actor.Kind is ActorKind.Staff or ActorKind.System ? null : CommunityErrors.Forbidden;

    public static Guid? MonitorIdOf(Actor actor) =>
        actor.Kind == ActorKind.Monitor && Guid.TryParse(actor.Id, out var id) ? id : null;

    public static void Touch(Community community, DateTimeOffset now)
    {
        community.UpdatedAt = now;
        community.Version = Guid.NewGuid();
    }

    public static void Touch(CommunityMember member, DateTimeOffset now)
    {
        member.UpdatedAt = now;
        member.Version = Guid.NewGuid();
    }

    /// <summary>
    /// Dissolves a locked, active community: the community record, then every pending request, invitation and current
    /// membership ends with its own audit record (<see cref="CommunityMemberEvent.Disband"/>).
    /// </summary>
    public static async Task DissolveAsync(
        SeoulMonitorDbContext db, TransitionRecorder recorder, Community community, string? reason, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var to = CommunityLifecycle.Community.Fire(community.State, CommunityEvent.Dissolve).Value;
        var from = community.State;
        community.State = to;
        community.StateReason = reason;
        community.LeaderId = null;
        community.MemberCount = 0;
        Touch(community, now);
        await recorder.TransitionAsync(actor, CommunityLifecycle.CommunityEntity, community.Id, CommunityEvent.Dissolve, from, to, reason, cancellationToken)
            .ConfigureAwait(false);

        var rows = await db.Set<CommunityMember>()
            .Where(m => m.CommunityId == community.Id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var member in rows.Where(m => CommunityLifecycle.Member.Allows(m.State, CommunityMemberEvent.Disband)))
        {
            var memberFrom = member.State;
            member.State = CommunityLifecycle.Member.Fire(memberFrom, CommunityMemberEvent.Disband).Value;
            member.Role = CommunityRole.Member;
            member.StateReason = reason;
            Touch(member, now);
            await recorder.TransitionAsync(
                actor, CommunityLifecycle.MemberEntity, member.Id, CommunityMemberEvent.Disband, memberFrom, member.State, reason, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
