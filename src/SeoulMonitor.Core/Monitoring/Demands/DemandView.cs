using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A demand as callers see it (no personal data: the submitter is not shown).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Source">Who asked.</param>
/// <param name="SourceName">Who asked, in English.</param>
/// <param name="SourceNameKo">Who asked, in Korean.</param>
/// <param name="Department">The department concerned.</param>
/// <param name="CommunityId">The proposing community.</param>
/// <param name="SurveyRoundId">The survey round, or null for ad-hoc intake.</param>
/// <param name="Title">Title.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="Sites">Sites.</param>
/// <param name="PeriodStart">First day wished.</param>
/// <param name="PeriodEnd">Last day wished.</param>
/// <param name="Headcount">Monitors wished.</param>
/// <param name="Requirements">Requirements.</param>
/// <param name="State">Screening state.</param>
/// <param name="StateName">The state in English.</param>
/// <param name="StateNameKo">The state in Korean.</param>
/// <param name="StateReason">The reason of the last rejection, deferral or return.</param>
/// <param name="TaskId">The task set up from it.</param>
/// <param name="CreatedAt">When it was submitted (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record DemandView(
    Guid Id,
    DemandSource Source,
    string SourceName,
    string SourceNameKo,
    string? Department,
    Guid? CommunityId,
    Guid? SurveyRoundId,
    string Title,
    string Purpose,
    string Sites,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Headcount,
    string? Requirements,
    DemandState State,
    string StateName,
    string StateNameKo,
    string? StateReason,
    Guid? TaskId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static DemandView From(TaskDemand d) => new(
        d.Id, d.Source, StatusNames.English(d.Source), StatusNames.Korean(d.Source), d.Department, d.CommunityId, d.SurveyRoundId,
        d.Title, d.Purpose, d.Sites, d.PeriodStart, d.PeriodEnd, d.Headcount, d.Requirements,
        d.State, StatusNames.English(d.State), StatusNames.Korean(d.State), d.StateReason, d.TaskId, d.CreatedAt, d.UpdatedAt);
}
