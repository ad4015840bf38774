using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The states of a finding: drafted by staff, sent to the requesting department, then its reflection result.
/// Overdue is derived from the SLA (<see cref="Finding.RespondBy"/>), not a state.
/// </summary>
public enum FindingState
{
    /// <summary>Being consolidated by staff; not visible to the department.</summary>
    [Name("Draft", "작성 중")]
    Draft,

    /// <summary>Sent to the department; waiting for acknowledgement.</summary>
    [Name("Sent to department", "부서 통보")]
    SentToDepartment,

    /// <summary>The department acknowledged it.</summary>
    [Name("Acknowledged", "접수 확인")]
    Acknowledged,

    /// <summary>The department accepted it and plans to act.</summary>
    [Name("Accepted", "수용")]
    Accepted,

    /// <summary>The department is acting on it (progress 0–100).</summary>
    [Name("In progress", "추진 중")]
    InProgress,

    /// <summary>Reflected: the change was made.</summary>
    [Name("Reflected", "반영 완료")]
    Reflected,

    /// <summary>Partially reflected.</summary>
    [Name("Partially reflected", "일부 반영")]
    PartiallyReflected,

    /// <summary>Not reflected, with a required reason.</summary>
    [Name("Not reflected", "미반영")]
    NotReflected,

    /// <summary>Under long-term review (a later budget or plan).</summary>
    [Name("Long-term review", "중장기 검토")]
    LongTermReview,
}
