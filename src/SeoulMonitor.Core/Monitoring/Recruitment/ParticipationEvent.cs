using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>The events of the participation lifecycle (applying creates the record).</summary>
public enum ParticipationEvent
{
    /// <summary>A seat is given (first come, lottery draw, or promotion from the waitlist).</summary>
    [Name("selected", "선정")]
    Select,

    /// <summary>Put on the waitlist.</summary>
    [Name("waitlisted", "대기 등록")]
    Waitlist,

    /// <summary>Recruitment finished without a seat.</summary>
    [Name("not selected", "미선정")]
    Decline,

    /// <summary>The monitor withdraws (or staff remove them, with a reason).</summary>
    [Name("withdrawn", "취소")]
    Withdraw,

    /// <summary>A withdrawn monitor applies again while recruitment is open.</summary>
    [Name("reapplied", "재신청")]
    Reapply,

    /// <summary>The participation is completed (its first submission approved).</summary>
    [Name("completed", "활동 완료")]
    Complete,
}
