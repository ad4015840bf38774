using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>Who can be nominated.</summary>
public enum CandidateKind
{
    /// <summary>A monitor.</summary>
    [Name("Monitor", "모니터")]
    Monitor,

    /// <summary>A community.</summary>
    [Name("Community", "커뮤니티")]
    Community,
}
