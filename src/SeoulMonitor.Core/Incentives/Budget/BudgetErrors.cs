using System.Globalization;
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

    /// <summary>Only program staff change the budget.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "budget.forbidden", "Only program staff may change the budget.", "예산은 담당 직원만 변경할 수 있습니다.");

    /// <summary>The year is outside <see cref="IncentiveLimits.MinYear"/>..<see cref="IncentiveLimits.MaxYear"/>.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "budget.year.invalid", "year", $"The year must be between {IncentiveLimits.MinYear} and {IncentiveLimits.MaxYear}.",
        $"연도는 {IncentiveLimits.MinYear}년부터 {IncentiveLimits.MaxYear}년 사이여야 합니다.");

    /// <summary>No such budget year.</summary>
    public static DomainError YearNotFound { get; } = DomainError.NotFound(
        "budget.year.not_found", "The budget year does not exist.", "해당 회계연도 예산이 없습니다.");

    /// <summary>The year exists already.</summary>
    public static DomainError YearExists { get; } = DomainError.Conflict(
        "budget.year.exists", "The budget year exists already; add lines to it instead.", "해당 회계연도 예산이 이미 있습니다. 항목을 추가하세요.");

    /// <summary>The year is closed already.</summary>
    public static DomainError YearAlreadyClosed { get; } = DomainError.Conflict(
        "budget.year.already_closed", "The budget year is closed already.", "이미 마감된 회계연도입니다.");

    /// <summary>The year is open (only a closed year is reopened).</summary>
    public static DomainError YearNotClosed { get; } = DomainError.Conflict(
        "budget.year.not_closed", "The budget year is not closed.", "마감되지 않은 회계연도입니다.");

    /// <summary>A reopening needs a reason.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "budget.reason.required", "reason", $"Give a reason (at most {IncentiveLimits.TextMaxLength} characters).",
        $"사유를 입력하세요({IncentiveLimits.TextMaxLength}자 이하).");

    /// <summary>A line's amount is outside 1..<see cref="IncentiveLimits.MaxLineAmount"/> won.</summary>
    public static DomainError LineAmountInvalid(string field) => DomainError.Validation(
        "budget.line.amount.invalid", field, $"A budget line's amount must be between 1 and {IncentiveLimits.MaxLineAmount:N0} won.",
        $"예산 항목 금액은 1원 이상 {IncentiveLimits.MaxLineAmount:N0}원 이하여야 합니다.");

    /// <summary>A line of a create request is missing (<c>null</c> in the list).</summary>
    public static DomainError LineRequired(string field) => DomainError.Validation(
        "budget.line.required", field, "Each line of the year must be given (no empty entries).", "예산 항목이 비어 있습니다.");

    /// <summary>A line's category or name is missing or too long.</summary>
    public static DomainError LineTextInvalid(string field) => DomainError.Validation(
        "budget.line.text.invalid", field, $"The category and the name are required (at most {IncentiveLimits.NameMaxLength} characters).",
        $"편성목과 항목명은 필수입니다({IncentiveLimits.NameMaxLength}자 이하).");

    /// <summary>An undefined purpose.</summary>
    public static DomainError PurposeInvalid(string field) => DomainError.Validation(
        "budget.line.purpose.invalid", field, "The purpose is not one of the defined purposes.", "정의되지 않은 용도입니다.");

    /// <summary>Too many lines in one request.</summary>
    public static DomainError TooManyLines { get; } = DomainError.Validation(
        "budget.lines.too_many", "lines", $"A year may be created with at most {BudgetLimits.MaxLinesPerYear} lines.",
        $"한 번에 {BudgetLimits.MaxLinesPerYear}개 이하의 항목만 만들 수 있습니다.");

    /// <summary>A line with the same category and name exists in the year.</summary>
    public static DomainError LineDuplicate(string field) => DomainError.Validation(
        "budget.line.duplicate", field, "The year has a line with this category and name already.", "같은 편성목과 항목명이 이미 있습니다.");

    /// <summary>The new amount is below what is committed and paid.</summary>
    public static DomainError AmountBelowUsed { get; } = DomainError.Conflict(
        "budget.amount.below_used", "The amount cannot be less than what is committed and paid on the line.",
        "예산액은 약정액과 집행액의 합보다 작을 수 없습니다.");

    /// <summary>A recovery exceeds what the line has paid (a programmer error shows as this refusal).</summary>
    public static DomainError NotPaid { get; } = DomainError.Conflict(
        "budget.not_paid", "The amount recovered exceeds what the budget line has paid.", "환수액이 이 예산 항목의 집행액보다 큽니다.");

    /// <summary>
    /// The year has recoveries (환수) not yet settled: closing would strand them until a reopening. Staff net them in a
    /// paid payout batch or record them collected by finance first. The message names how many and how much.
    /// </summary>
    public static DomainError RecoveriesOutstanding(int count, long amount) => DomainError.Conflict(
        "budget.year.recoveries_outstanding",
        string.Create(CultureInfo.InvariantCulture,
            $"The budget year has {count} recover{(count == 1 ? "y" : "ies")} not yet settled ({amount:N0} won): net them in a paid payout batch or record them collected by finance, then close the year."),
        string.Create(CultureInfo.InvariantCulture,
            $"정산되지 않은 환수 {count}건({amount:N0}원)이 있습니다. 지급 묶음에서 상계(지급 완료)하거나 재무과 수납을 기록한 뒤 마감하세요."));
}
