using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The events of the premium lifecycle (recording the invoice creates the record).</summary>
public enum InsurancePremiumEvent
{
    /// <summary>Finance paid the insurer.</summary>
    [Name("paid", "납부")]
    Pay,

    /// <summary>Staff cancel the invoice before payment, with a reason.</summary>
    [Name("cancelled", "취소")]
    Cancel,
}
