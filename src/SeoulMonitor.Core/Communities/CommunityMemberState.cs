using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>The states of one monitor's relation to one community.</summary>
public enum CommunityMemberState
{
    /// <summary>The monitor asked to join; the leader decides.</summary>
    [Name("Requested", "가입 신청")]
    Requested,

    /// <summary>The leader invited the monitor; the monitor decides.</summary>
    [Name("Invited", "초대됨")]
    Invited,

    /// <summary>A current member.</summary>
    [Name("Member", "구성원")]
    Member,

    /// <summary>The request or invitation was declined.</summary>
    [Name("Declined", "거절")]
    Declined,

    /// <summary>The request was withdrawn or the invitation revoked (or the community dissolved).</summary>
    [Name("Cancelled", "취소")]
    Cancelled,

    /// <summary>The member left (or the community dissolved).</summary>
    [Name("Left", "탈퇴")]
    Left,

    /// <summary>The leader removed the member, with a reason.</summary>
    [Name("Removed", "제명")]
    Removed,
}
