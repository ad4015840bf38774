using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>What a stipend entry pays for.</summary>
public enum StipendEntryKind
{
    /// <summary>A monitor's completed participation in a task (현장 활동비).</summary>
    [Name("Field activity", "현장 활동비")]
    Participation,

    /// <summary>A community's verified activity (커뮤니티 활동비).</summary>
    [Name("Community activity", "커뮤니티 활동비")]
    CommunityActivity,

    /// <summary>A correction: the negative of an earlier entry (never an edit or a delete).</summary>
    [Name("Reversal", "환수·정정")]
    Reversal,
}
