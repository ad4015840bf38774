using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Refusals of payout batches beyond <see cref="StipendErrors"/> (stable codes).</summary>
public static class PayoutErrors
{
    /// <summary>The month belongs to a closed budget year.</summary>
    public static DomainError YearClosed { get; } = DomainError.Conflict(
        "stipend.payout_year_closed", "The month belongs to a closed budget year: no payout batch can be exported for it.",
        "마감된 회계연도의 월에는 지급 요청을 만들 수 없습니다.");
}
