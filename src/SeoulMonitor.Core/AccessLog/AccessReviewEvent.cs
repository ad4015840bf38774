using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>What can happen to a month's access-log review.</summary>
public enum AccessReviewEvent
{
    /// <summary>A staff reviewer confirms the month's review.</summary>
    [Name("signed off", "점검 확인")]
    SignOff,
}
