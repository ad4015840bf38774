using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>The events of a community membership (one service method each, except <see cref="Disband"/>).</summary>
public enum CommunityMemberEvent
{
    /// <summary>The monitor asks to join.</summary>
    [Name("join requested", "가입 신청")]
    Request,

    /// <summary>The leader invites the monitor.</summary>
    [Name("invited", "초대")]
    Invite,

    /// <summary>The leader accepts a join request.</summary>
    [Name("request accepted", "가입 승인")]
    AcceptRequest,

    /// <summary>The leader declines a join request.</summary>
    [Name("request declined", "가입 거절")]
    DeclineRequest,

    /// <summary>The requester withdraws the request.</summary>
    [Name("request withdrawn", "가입 신청 철회")]
    WithdrawRequest,

    /// <summary>The invitee accepts the invitation.</summary>
    [Name("invitation accepted", "초대 수락")]
    AcceptInvitation,

    /// <summary>The invitee declines the invitation.</summary>
    [Name("invitation declined", "초대 거절")]
    DeclineInvitation,

    /// <summary>The leader revokes the invitation.</summary>
    [Name("invitation revoked", "초대 취소")]
    RevokeInvitation,

    /// <summary>The member leaves.</summary>
    [Name("left", "탈퇴")]
    Leave,

    /// <summary>The leader removes the member, with a reason.</summary>
    [Name("removed", "제명")]
    Remove,

    /// <summary>The community was dissolved: pending requests and invitations end, members leave.</summary>
    [Name("community dissolved", "커뮤니티 해산")]
    Disband,
}
