using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>The events of the community-activity lifecycle (reporting creates the record).</summary>
public enum CommunityActivityEvent
{
    /// <summary>Staff verify it.</summary>
    [Name("verified", "확인")]
    Verify,

    /// <summary>Staff reject it with a reason (also after verification: its stipend entry is then reversed on recalculation).</summary>
    [Name("rejected", "반려")]
    Reject,
}
