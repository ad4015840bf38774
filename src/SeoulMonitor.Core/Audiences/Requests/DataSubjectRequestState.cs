using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A data-subject request's state; each must be answered within 10 days of receipt.</summary>
public enum DataSubjectRequestState
{
    /// <summary>Received (the identity proven by a token sent to the address), not answered yet.</summary>
    [Name("Received", "접수")]
    Received,

    /// <summary>Answered: done.</summary>
    [Name("Completed", "처리 완료")]
    Completed,

    /// <summary>Answered: refused, with a reason.</summary>
    [Name("Refused", "거절")]
    Refused,
}
