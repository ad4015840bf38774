using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>The events of a registration (one service method each, except <see cref="MarkNoShow"/>).</summary>
public enum TrainingRegistrationEvent
{
    /// <summary>The monitor registers (again, after a cancellation).</summary>
    [Name("registered", "신청")]
    Register,

    /// <summary>The monitor checks in with their attendance code.</summary>
    [Name("checked in", "출석")]
    CheckIn,

    /// <summary>The monitor or staff cancel before the session starts (or the session is cancelled).</summary>
    [Name("cancelled", "취소")]
    Cancel,

    /// <summary>The session was completed without the monitor checking in.</summary>
    [Name("marked no-show", "불참 처리")]
    MarkNoShow,
}
