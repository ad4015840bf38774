using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The states of a yearly award cycle.</summary>
public enum AwardCycleState
{
    /// <summary>Open: the year's activity still counts.</summary>
    [Name("Open", "진행")]
    Open,

    /// <summary>Nominations computed from the year's verified activity (scores with their parts).</summary>
    [Name("Nominations computed", "후보 산정")]
    NominationsComputed,

    /// <summary>A committee reviews the nominations.</summary>
    [Name("In review", "심사 중")]
    InReview,

    /// <summary>Winners decided.</summary>
    [Name("Decided", "선정 완료")]
    Decided,

    /// <summary>Winners announced (plaques recorded, dialogue invitations made).</summary>
    [Name("Announced", "발표")]
    Announced,
}
