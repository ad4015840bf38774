using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The states of a recovery (환수).</summary>
public enum RecoveryState
{
    /// <summary>Owed by the payee: netted in their next payout batches of the year, or collected by finance.</summary>
    [Name("Due", "환수 예정")]
    Due,

    /// <summary>Fully netted in payout batches.</summary>
    [Name("Netted", "상계 완료")]
    Netted,

    /// <summary>The rest collected by finance, with a reference.</summary>
    [Name("Collected", "환수 완료")]
    Collected,
}
