using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>A task's recruitment in numbers (no personal data: for staff and the requesting department).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Department">The requesting department's name.</param>
/// <param name="TaskState">The task's state.</param>
/// <param name="SelectionMethod">How the task selects.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="SeatsTaken">Seats held (selected and completed participations).</param>
/// <param name="Applied">Applications waiting for the lottery.</param>
/// <param name="Selected">Selected participations.</param>
/// <param name="Waitlisted">Waitlisted participations.</param>
/// <param name="NotSelected">Participations that ended without a seat.</param>
/// <param name="Withdrawn">Withdrawn or removed participations.</param>
/// <param name="Completed">Completed participations.</param>
public sealed record RecruitmentCounts(
    Guid TaskId, string Department, MonitoringTaskState TaskState, SelectionMethod SelectionMethod, int Capacity, int SeatsTaken,
    int Applied, int Selected, int Waitlisted, int NotSelected, int Withdrawn, int Completed);
