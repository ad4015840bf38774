using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// A payout batch (no personal data), with its state's Korean name: <paramref name="Total"/> is the entries' gross,
/// <paramref name="Recovered"/> the recoveries netted, <paramref name="Net"/> what is transferred.
/// </summary>
public sealed record PayoutBatchView(
    Guid Id, string Month, PayoutBatchState State, string StateKo, int EntryCount, long Total, DateTimeOffset ExportedAt, DateTimeOffset? PaidAt,
    long Recovered, long Net)
{
    internal static PayoutBatchView From(PayoutBatch b) =>
        new(b.Id, b.Month, b.State, StatusNames.Korean(b.State), b.EntryCount, b.Total, b.ExportedAt, b.PaidAt, b.Recovered, b.Total - b.Recovered);
}
