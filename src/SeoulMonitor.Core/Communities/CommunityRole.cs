using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>A member's role in a community.</summary>
public enum CommunityRole
{
    /// <summary>An ordinary member.</summary>
    [Name("Member", "구성원")]
    Member,

    /// <summary>The community's single leader.</summary>
    [Name("Leader", "대표")]
    Leader,
}
