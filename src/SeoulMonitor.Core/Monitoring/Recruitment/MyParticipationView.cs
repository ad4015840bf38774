using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>One of a monitor's own participations, with the task's title, state and windows.</summary>
/// <param name="Participation">The participation.</param>
/// <param name="TaskTitle">The task's title.</param>
/// <param name="TaskState">The task's state.</param>
/// <param name="TaskStateKo">The task state's Korean name.</param>
/// <param name="SelectionMethod">How the task selects.</param>
/// <param name="RecruitmentOpensAt">When applications open.</param>
/// <param name="RecruitmentClosesAt">When applications close.</param>
/// <param name="FieldworkOpensAt">When fieldwork opens.</param>
/// <param name="FieldworkClosesAt">When fieldwork closes.</param>
public sealed record MyParticipationView(
    ParticipationView Participation, string TaskTitle, MonitoringTaskState TaskState, string TaskStateKo, SelectionMethod SelectionMethod,
    DateTimeOffset RecruitmentOpensAt, DateTimeOffset RecruitmentClosesAt, DateTimeOffset FieldworkOpensAt, DateTimeOffset FieldworkClosesAt)
{
    internal static MyParticipationView From(ParticipationView participation, MonitoringTask t) => new(
        participation, t.Title, t.State, StatusNames.Korean(t.State), t.SelectionMethod,
        t.RecruitmentOpensAt, t.RecruitmentClosesAt, t.FieldworkOpensAt, t.FieldworkClosesAt);
}
