namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A demand-survey round.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Year">Program year.</param>
/// <param name="Title">Title.</param>
/// <param name="OpensAt">Opening (UTC).</param>
/// <param name="ClosesAt">Closing (UTC).</param>
/// <param name="IsOpen">Whether departments may submit in it now.</param>
public sealed record DemandRoundView(Guid Id, int Year, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IsOpen)
{
    internal static bool OpenAt(DemandSurveyRound r, DateTimeOffset now) => !r.ClosedEarly && r.OpensAt <= now && now < r.ClosesAt;

    internal static DemandRoundView From(DemandSurveyRound r, DateTimeOffset now) => new(r.Id, r.Year, r.Title, r.OpensAt, r.ClosesAt, OpenAt(r, now));
}
