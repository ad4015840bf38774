using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The events of the recovery lifecycle (a reversal of an exported or paid entry opens the record).</summary>
public enum RecoveryEvent
{
    /// <summary>Part of it netted in a payout batch; the rest stays due.</summary>
    [Name("partly netted", "일부 상계")]
    Deduct,

    /// <summary>The rest of it netted in a payout batch.</summary>
    [Name("netted", "상계")]
    Net,

    /// <summary>Staff record the rest as collected by finance, with a reference.</summary>
    [Name("collected", "환수 수납")]
    Collect,
}
