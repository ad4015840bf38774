using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>A task as staff, departments and monitors see it (no personal data).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="DemandId">The demand it was set up from.</param>
/// <param name="Year">Program year (Seoul year of the fieldwork start).</param>
/// <param name="Title">Title.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="Department">Requesting department.</param>
/// <param name="Sites">Sites.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="SelectedCount">Participants selected now.</param>
/// <param name="SelectionMethod">Selection method.</param>
/// <param name="SelectionMethodName">Selection method in English.</param>
/// <param name="SelectionMethodNameKo">Selection method in Korean.</param>
/// <param name="LotterySeed">The lottery's seed (lottery tasks).</param>
/// <param name="RecruitmentOpensAt">Recruitment opening (UTC).</param>
/// <param name="RecruitmentClosesAt">Recruitment closing (UTC).</param>
/// <param name="FieldworkOpensAt">Fieldwork opening (UTC).</param>
/// <param name="FieldworkClosesAt">Fieldwork closing (UTC).</param>
/// <param name="EligibleDistricts">Eligible districts (empty = any).</param>
/// <param name="RequiredTrainingSessionIds">Required training (one attended; empty = none).</param>
/// <param name="State">State.</param>
/// <param name="StateName">State in English.</param>
/// <param name="StateNameKo">State in Korean.</param>
/// <param name="StateReason">Cancellation reason.</param>
/// <param name="CurrentFormVersion">The form version new submissions use (0 = none yet).</param>
/// <param name="IsHistorical">An imported historical task.</param>
/// <param name="HistoricalParticipants">Recorded participants of a historical task.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
public sealed record TaskView(
    Guid Id,
    Guid? DemandId,
    int Year,
    string Title,
    string Purpose,
    string Department,
    string Sites,
    int Capacity,
    int SelectedCount,
    SelectionMethod SelectionMethod,
    string SelectionMethodName,
    string SelectionMethodNameKo,
    long? LotterySeed,
    DateTimeOffset RecruitmentOpensAt,
    DateTimeOffset RecruitmentClosesAt,
    DateTimeOffset FieldworkOpensAt,
    DateTimeOffset FieldworkClosesAt,
    IReadOnlyList<string> EligibleDistricts,
    IReadOnlyList<Guid> RequiredTrainingSessionIds,
    MonitoringTaskState State,
    string StateName,
    string StateNameKo,
    string? StateReason,
    int CurrentFormVersion,
    bool IsHistorical,
    int? HistoricalParticipants,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static TaskView From(MonitoringTask t) => new(
        t.Id, t.DemandId, t.Year, t.Title, t.Purpose, t.Department, t.Sites, t.Capacity, t.SelectedCount,
        t.SelectionMethod, StatusNames.English(t.SelectionMethod), StatusNames.Korean(t.SelectionMethod), t.LotterySeed,
        t.RecruitmentOpensAt, t.RecruitmentClosesAt, t.FieldworkOpensAt, t.FieldworkClosesAt,
        [.. t.EligibleDistricts], [.. t.RequiredTrainingSessionIds],
        t.State, StatusNames.English(t.State), StatusNames.Korean(t.State), t.StateReason, t.CurrentFormVersion,
        t.IsHistorical, t.HistoricalParticipants, t.CreatedAt, t.UpdatedAt);
}
