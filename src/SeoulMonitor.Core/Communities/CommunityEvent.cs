using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>The events of the community lifecycle (one service method each; founding creates the record).</summary>
public enum CommunityEvent
{
    /// <summary>Staff approve a proposed community.</summary>
    [Name("approved", "승인")]
    Approve,

    /// <summary>Staff refuse a proposed community.</summary>
    [Name("rejected", "반려")]
    Reject,

    /// <summary>Staff (or the last remaining leader) dissolve the community.</summary>
    [Name("dissolved", "해산")]
    Dissolve,

    /// <summary>The leader hands leadership over to another member.</summary>
    [Name("handed over", "대표 인계")]
    HandOver,
}
