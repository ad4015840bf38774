using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>How applicants become participants.</summary>
public enum SelectionMethod
{
    /// <summary>Applicants are selected in arrival order up to the capacity, the rest waitlisted in arrival order.</summary>
    [Name("First come, first served", "선착순")]
    FirstComeFirstServed,

    /// <summary>At the close of recruitment a lottery seeded by the task's seed orders the applicants.</summary>
    [Name("Lottery", "추첨")]
    Lottery,
}
