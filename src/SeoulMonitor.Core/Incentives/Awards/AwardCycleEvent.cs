using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The events of the award-cycle lifecycle (opening creates the record).</summary>
public enum AwardCycleEvent
{
    /// <summary>Staff compute the nominations (again, while not in review).</summary>
    [Name("nominations computed", "후보 산정")]
    ComputeNominations,

    /// <summary>Staff start the review.</summary>
    [Name("review started", "심사 시작")]
    StartReview,

    /// <summary>Staff record the decision.</summary>
    [Name("decided", "선정")]
    Decide,

    /// <summary>Staff announce the winners.</summary>
    [Name("announced", "발표")]
    Announce,
}
