using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>The transition table of community activities.</summary>
public static class CommunityActivityLifecycle
{
    /// <summary>The audit entity type of community activities.</summary>
    public const string Entity = "community_activity";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<CommunityActivityState, CommunityActivityEvent> Table { get; } = new(
        Entity,
        (CommunityActivityState.Reported, CommunityActivityEvent.Verify, CommunityActivityState.Verified),
        (CommunityActivityState.Reported, CommunityActivityEvent.Reject, CommunityActivityState.Rejected),
        (CommunityActivityState.Verified, CommunityActivityEvent.Reject, CommunityActivityState.Rejected));
}
