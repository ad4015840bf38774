using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>The states of a community activity report.</summary>
public enum CommunityActivityState
{
    /// <summary>Reported by the community's leader; waiting for staff.</summary>
    [Name("Reported", "보고")]
    Reported,

    /// <summary>Verified by staff: counts for activity expenses and award scores.</summary>
    [Name("Verified", "확인")]
    Verified,

    /// <summary>Not accepted, with a reason.</summary>
    [Name("Rejected", "반려")]
    Rejected,
}
