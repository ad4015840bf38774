using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>Refusals of the budget ledger (stable codes).</summary>
public static class BudgetErrors
{
    /// <summary>No such budget line.</summary>
    public static DomainError LineNotFound { get; } = DomainError.NotFound(
        "budget.line_not_found", "The budget line does not exist.", "예산 항목이 없습니다.");

    /// <summary>The amount is not positive or too large.</summary>
    public static DomainError AmountInvalid { get; } = DomainError.Validation(
        "budget.amount.invalid", "amount", $"The amount must be between 1 and {IncentiveLimits.MaxEntryAmount:N0} won.",
        $"금액은 1원 이상 {IncentiveLimits.MaxEntryAmount:N0}원 이하여야 합니다.");

    /// <summary>The line's year is closed.</summary>
    public static DomainError YearClosed { get; } = DomainError.Conflict(
        "budget.year_closed", "The budget year is closed: no new commitments or payments.", "마감된 회계연도에는 집행할 수 없습니다.");

    /// <summary>The line does not pay for this purpose.</summary>
    public static DomainError WrongPurpose { get; } = DomainError.Conflict(
        "budget.wrong_purpose", "This budget line does not pay for this purpose.", "이 예산 항목으로는 집행할 수 없는 용도입니다.");

    /// <summary>The commitment would overdraw the line.</summary>
    public static DomainError Overdrawn { get; } = DomainError.Conflict(
        "budget.overdrawn", "The budget line has not enough left for this amount.", "예산 잔액이 부족합니다.");

    /// <summary>The release or payment exceeds what is committed (a programmer error shows as this refusal).</summary>
    public static DomainError NotCommitted { get; } = DomainError.Conflict(
        "budget.not_committed", "The amount is not committed on this budget line.", "이 예산 항목에 약정된 금액이 아닙니다.");
}
