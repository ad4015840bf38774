using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The events of a membership (one <see cref="MembershipService"/> method each).</summary>
public enum MembershipEvent
{
    /// <summary>Staff suspend the monitor with a reason.</summary>
    [Name("suspended", "활동 정지")]
    Suspend,

    /// <summary>Staff lift a suspension.</summary>
    [Name("reinstated", "활동 재개")]
    Reinstate,

    /// <summary>The monitor leaves (own request, or staff on their behalf).</summary>
    [Name("withdrawn", "탈퇴")]
    Withdraw,

    /// <summary>Staff remove the monitor with a reason.</summary>
    [Name("removed", "해촉")]
    Remove,

    /// <summary>The yearly term ended.</summary>
    [Name("expired", "임기 만료")]
    Expire,

    /// <summary>A new yearly term (eligibility is checked again).</summary>
    [Name("renewed", "재위촉")]
    Renew,
}
