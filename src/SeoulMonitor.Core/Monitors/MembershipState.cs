using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The states of a monitor's membership.</summary>
public enum MembershipState
{
    /// <summary>A monitor in good standing for the current yearly term.</summary>
    [Name("Active", "활동 중")]
    Active,

    /// <summary>Temporarily barred from activity, with a reason.</summary>
    [Name("Suspended", "활동 정지")]
    Suspended,

    /// <summary>Left the program at their own request.</summary>
    [Name("Withdrawn", "탈퇴")]
    Withdrawn,

    /// <summary>Removed by staff, with a reason.</summary>
    [Name("Removed", "해촉")]
    Removed,

    /// <summary>The yearly term ended without renewal.</summary>
    [Name("Expired", "임기 만료")]
    Expired,
}
