using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The states of an insurance premium.</summary>
public enum InsurancePremiumState
{
    /// <summary>The invoice is recorded; its amount is committed on the line.</summary>
    [Name("Recorded", "청구 등록")]
    Recorded,

    /// <summary>Paid to the insurer (reference recorded); moved from committed to paid on the line.</summary>
    [Name("Paid", "납부 완료")]
    Paid,

    /// <summary>Cancelled before payment (reason recorded); its commitment released.</summary>
    [Name("Cancelled", "취소")]
    Cancelled,
}
