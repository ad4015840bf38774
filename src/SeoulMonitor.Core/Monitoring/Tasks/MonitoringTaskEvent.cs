using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>The events of the task lifecycle (setting a task up creates the record).</summary>
public enum MonitoringTaskEvent
{
    /// <summary>Staff open recruitment (a form must be published).</summary>
    [Name("recruitment opened", "모집 시작")]
    OpenRecruitment,

    /// <summary>Recruitment closes (lottery tasks draw here).</summary>
    [Name("recruitment closed", "모집 마감")]
    CloseRecruitment,

    /// <summary>Fieldwork opens: selected monitors may submit.</summary>
    [Name("fieldwork opened", "현장 활동 시작")]
    OpenFieldwork,

    /// <summary>Fieldwork closes: submissions are refused.</summary>
    [Name("fieldwork closed", "현장 활동 종료")]
    CloseFieldwork,

    /// <summary>Staff start consolidating findings.</summary>
    [Name("consolidation started", "의견 취합 시작")]
    StartConsolidation,

    /// <summary>Findings are sent to the requesting department.</summary>
    [Name("reported to department", "부서 통보")]
    ReportToDepartment,

    /// <summary>Staff close the task.</summary>
    [Name("closed", "종료")]
    Close,

    /// <summary>Staff cancel the task, with a reason.</summary>
    [Name("cancelled", "취소")]
    Cancel,
}
