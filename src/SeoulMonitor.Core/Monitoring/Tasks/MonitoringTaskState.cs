using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>The states of a monitoring task.</summary>
public enum MonitoringTaskState
{
    /// <summary>Being set up (form, capacity, windows); not visible to monitors.</summary>
    [Name("Planned", "준비")]
    Planned,

    /// <summary>Monitors may apply.</summary>
    [Name("Recruiting", "모집 중")]
    RecruitmentOpen,

    /// <summary>Recruitment closed; participants selected (waitlist kept).</summary>
    [Name("Recruitment closed", "모집 마감")]
    RecruitmentClosed,

    /// <summary>Selected monitors submit from the field.</summary>
    [Name("Fieldwork", "현장 활동 중")]
    FieldworkOpen,

    /// <summary>Fieldwork over; submissions are refused.</summary>
    [Name("Fieldwork closed", "현장 활동 종료")]
    FieldworkClosed,

    /// <summary>Staff review submissions and consolidate findings.</summary>
    [Name("Consolidating", "의견 취합 중")]
    Consolidating,

    /// <summary>Findings sent to the requesting department; waiting for its reflection results.</summary>
    [Name("Reported to department", "부서 통보")]
    ReportedToDepartment,

    /// <summary>Finished (every finding answered, or a historical task).</summary>
    [Name("Closed", "종료")]
    Closed,

    /// <summary>Cancelled, with a reason.</summary>
    [Name("Cancelled", "취소")]
    Cancelled,
}
