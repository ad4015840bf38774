using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>The states of a monitor's participation in a task.</summary>
public enum ParticipationState
{
    /// <summary>Applied; waiting for the lottery at the close of recruitment (lottery tasks).</summary>
    [Name("Applied", "신청")]
    Applied,

    /// <summary>Selected: holds one of the task's seats.</summary>
    [Name("Selected", "선정")]
    Selected,

    /// <summary>On the waitlist, promoted in order when a seat frees up.</summary>
    [Name("Waitlisted", "대기")]
    Waitlisted,

    /// <summary>Not selected (recruitment finished without a seat).</summary>
    [Name("Not selected", "미선정")]
    NotSelected,

    /// <summary>Withdrawn by the monitor (or removed by staff, with a reason); a held seat is freed.</summary>
    [Name("Withdrawn", "취소")]
    Withdrawn,

    /// <summary>Completed: fieldwork closed with at least one approved submission.</summary>
    [Name("Completed", "활동 완료")]
    Completed,
}
