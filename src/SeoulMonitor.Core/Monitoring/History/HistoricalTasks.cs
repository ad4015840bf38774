using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>How a record becomes a task.</summary>
internal static class HistoricalTasks
{
    /// <summary>The purpose every imported task carries.</summary>
    public const string Purpose = "서울시민모니터 과거 활동 기록 (imported from the program's records)";

    /// <summary>
    /// A closed, historical task: fieldwork from the start date's Seoul midnight to the Seoul midnight after the end
    /// date; recruitment the <see cref="HistoryLimits.RecruitmentDays"/> days before; capacity and participants as
    /// recorded; first come, first served; no form.
    /// </summary>
    public static MonitoringTask From(HistoricalTaskRecord record, DateTimeOffset now)
    {
        var fieldworkOpens = SeoulCalendar.StartOf(record.StartDate).ToUniversalTime();
        return new MonitoringTask
        {
            Id = Guid.NewGuid(),
            Year = record.Year,
            Title = record.Title,
            Purpose = Purpose,
            Department = record.Department,
            Capacity = record.Participants,
            SelectionMethod = SelectionMethod.FirstComeFirstServed,
            RecruitmentOpensAt = SeoulCalendar.StartOf(record.StartDate.AddDays(-HistoryLimits.RecruitmentDays)).ToUniversalTime(),
            RecruitmentClosesAt = fieldworkOpens,
            FieldworkOpensAt = fieldworkOpens,
            FieldworkClosesAt = SeoulCalendar.StartOf(record.EndDate.AddDays(1)).ToUniversalTime(),
            State = MonitoringTaskState.Closed,
            CurrentFormVersion = 0,
            IsHistorical = true,
            HistoricalParticipants = record.Participants,
            HistoricalKey = record.Key,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
    }
}
