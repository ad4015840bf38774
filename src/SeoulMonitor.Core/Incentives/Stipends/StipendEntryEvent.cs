using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The events of the stipend-entry lifecycle (calculation creates the record).</summary>
public enum StipendEntryEvent
{
    /// <summary>Staff approve it (committed on its budget line; refused if the line would be overdrawn).</summary>
    [Name("approved", "승인")]
    Approve,

    /// <summary>Staff hold it with a reason.</summary>
    [Name("held", "보류")]
    Hold,

    /// <summary>Staff release a held entry.</summary>
    [Name("released", "보류 해제")]
    Release,

    /// <summary>Exported in a payout batch.</summary>
    [Name("exported", "지급 요청")]
    Export,

    /// <summary>Its payout batch was paid.</summary>
    [Name("paid", "지급 완료")]
    Pay,

    /// <summary>A reversal entry cancels it before payment (a paid entry is corrected by a reversal entry instead).</summary>
    [Name("reversed", "정정")]
    Reverse,
}
