using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>The states (outcomes) of one monitor's registration for one session.</summary>
public enum TrainingRegistrationState
{
    /// <summary>Holds a seat.</summary>
    [Name("Registered", "신청")]
    Registered,

    /// <summary>Checked in with their attendance code.</summary>
    [Name("Attended", "참석")]
    Attended,

    /// <summary>Cancelled by the monitor or staff, or with the session.</summary>
    [Name("Cancelled", "취소")]
    Cancelled,

    /// <summary>Did not check in before the session was completed.</summary>
    [Name("No-show", "불참")]
    NoShow,
}
