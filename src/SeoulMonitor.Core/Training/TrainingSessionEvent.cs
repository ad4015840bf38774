using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>The events of the training-session lifecycle (scheduling creates the record).</summary>
public enum TrainingSessionEvent
{
    /// <summary>Staff close registration before the deadline.</summary>
    [Name("registration closed", "신청 마감")]
    CloseRegistration,

    /// <summary>Staff mark the session held (after it ends).</summary>
    [Name("completed", "완료 처리")]
    Complete,

    /// <summary>Staff cancel the session, with a reason.</summary>
    [Name("cancelled", "취소")]
    Cancel,
}
