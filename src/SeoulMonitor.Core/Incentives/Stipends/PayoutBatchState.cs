using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The states of a monthly payout batch.</summary>
public enum PayoutBatchState
{
    /// <summary>Exported as a bank-transfer file; waiting for payment.</summary>
    [Name("Exported", "지급 요청")]
    Exported,

    /// <summary>Paid: its entries are paid and their budget lines moved from committed to paid.</summary>
    [Name("Paid", "지급 완료")]
    Paid,
}
