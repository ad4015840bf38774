using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>Where a month's access-log review stands.</summary>
public enum AccessReviewStatus
{
    /// <summary>Nobody has signed the review off yet.</summary>
    [Name("Open", "점검 전")]
    Open,

    /// <summary>A reviewer signed the month off.</summary>
    [Name("Signed off", "점검 완료")]
    SignedOff,
}
