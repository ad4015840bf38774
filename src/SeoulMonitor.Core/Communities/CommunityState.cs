using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>The states of a community.</summary>
public enum CommunityState
{
    /// <summary>Founded by a monitor, waiting for staff approval.</summary>
    [Name("Proposed", "승인 대기")]
    Proposed,

    /// <summary>Approved: members may join and the community may act.</summary>
    [Name("Active", "활동 중")]
    Active,

    /// <summary>Refused by staff, with a reason.</summary>
    [Name("Rejected", "반려")]
    Rejected,

    /// <summary>Closed by staff (with a reason) or by its last member.</summary>
    [Name("Dissolved", "해산")]
    Dissolved,
}
