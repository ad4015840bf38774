using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>The states of a training session.</summary>
public enum TrainingSessionState
{
    /// <summary>Scheduled; open for registration until its deadline (after the deadline registration is closed implicitly).</summary>
    [Name("Scheduled", "예정")]
    Scheduled,

    /// <summary>Staff closed registration early; the session will still be held.</summary>
    [Name("Registration closed", "신청 마감")]
    RegistrationClosed,

    /// <summary>Held; attendance is final and registrants who did not check in are no-shows.</summary>
    [Name("Completed", "완료")]
    Completed,

    /// <summary>Cancelled by staff, with a reason; its registrations are cancelled too.</summary>
    [Name("Cancelled", "취소")]
    Cancelled,
}
