using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Communities;

/// <summary>The transition tables of communities and their memberships.</summary>
public static class CommunityLifecycle
{
    /// <summary>The audit entity type of communities.</summary>
    public const string CommunityEntity = "community";

    /// <summary>The audit entity type of community memberships.</summary>
    public const string MemberEntity = "community_member";

    /// <summary>The community lifecycle.</summary>
    public static TransitionTable<CommunityState, CommunityEvent> Community { get; } = new(
        CommunityEntity,
        (CommunityState.Proposed, CommunityEvent.Approve, CommunityState.Active),
        (CommunityState.Proposed, CommunityEvent.Reject, CommunityState.Rejected),
        (CommunityState.Active, CommunityEvent.Dissolve, CommunityState.Dissolved),
        (CommunityState.Active, CommunityEvent.HandOver, CommunityState.Active));

    /// <summary>The community-membership lifecycle.</summary>
    public static TransitionTable<CommunityMemberState, CommunityMemberEvent> Member { get; } = new(
        MemberEntity,
        (CommunityMemberState.Requested, CommunityMemberEvent.AcceptRequest, CommunityMemberState.Member),
        (CommunityMemberState.Requested, CommunityMemberEvent.DeclineRequest, CommunityMemberState.Declined),
        (CommunityMemberState.Requested, CommunityMemberEvent.WithdrawRequest, CommunityMemberState.Cancelled),
        (CommunityMemberState.Requested, CommunityMemberEvent.Disband, CommunityMemberState.Cancelled),
        (CommunityMemberState.Invited, CommunityMemberEvent.AcceptInvitation, CommunityMemberState.Member),
        (CommunityMemberState.Invited, CommunityMemberEvent.DeclineInvitation, CommunityMemberState.Declined),
        (CommunityMemberState.Invited, CommunityMemberEvent.RevokeInvitation, CommunityMemberState.Cancelled),
        (CommunityMemberState.Invited, CommunityMemberEvent.Disband, CommunityMemberState.Cancelled),
        (CommunityMemberState.Member, CommunityMemberEvent.Leave, CommunityMemberState.Left),
        (CommunityMemberState.Member, CommunityMemberEvent.Remove, CommunityMemberState.Removed),
        (CommunityMemberState.Member, CommunityMemberEvent.Disband, CommunityMemberState.Left),
        (CommunityMemberState.Declined, CommunityMemberEvent.Request, CommunityMemberState.Requested),
        (CommunityMemberState.Declined, CommunityMemberEvent.Invite, CommunityMemberState.Invited),
        (CommunityMemberState.Cancelled, CommunityMemberEvent.Request, CommunityMemberState.Requested),
        (CommunityMemberState.Cancelled, CommunityMemberEvent.Invite, CommunityMemberState.Invited),
        (CommunityMemberState.Left, CommunityMemberEvent.Request, CommunityMemberState.Requested),
        (CommunityMemberState.Left, CommunityMemberEvent.Invite, CommunityMemberState.Invited),
        (CommunityMemberState.Removed, CommunityMemberEvent.Invite, CommunityMemberState.Invited));
}
