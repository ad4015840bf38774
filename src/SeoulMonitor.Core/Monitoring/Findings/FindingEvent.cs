using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The events of the finding lifecycle (staff drafting creates the record).</summary>
public enum FindingEvent
{
    /// <summary>Staff send it to the requesting department (the SLA starts).</summary>
    [Name("sent to department", "부서 통보")]
    Send,

    /// <summary>The department acknowledges it.</summary>
    [Name("acknowledged", "접수 확인")]
    Acknowledge,

    /// <summary>The department accepts it.</summary>
    [Name("accepted", "수용")]
    Accept,

    /// <summary>The department reports progress (start or update).</summary>
    [Name("in progress", "추진 중")]
    Progress,

    /// <summary>The department reports it reflected.</summary>
    [Name("reflected", "반영 완료")]
    Reflect,

    /// <summary>The department reports it partially reflected.</summary>
    [Name("partially reflected", "일부 반영")]
    ReflectPartially,

    /// <summary>The department declines it, with a required reason.</summary>
    [Name("not reflected", "미반영")]
    Decline,

    /// <summary>The department puts it under long-term review.</summary>
    [Name("long-term review", "중장기 검토")]
    DeferLongTerm,

    /// <summary>Staff reopen an answered finding (a monitor's dispute); the department answers again.</summary>
    [Name("reopened", "재검토 요청")]
    Reopen,
}
