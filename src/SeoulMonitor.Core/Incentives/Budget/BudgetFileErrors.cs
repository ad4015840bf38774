using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// Refusals of a budget file (stable codes). Errors of one line name it in both messages ("Line 7: …", "7행: …") and
/// in <see cref="DomainError.Field"/> (<c>lines[7].budget_2015_thousand_krw</c>).
/// </summary>
public static class BudgetFileErrors
{
    /// <summary>No data lines.</summary>
    public static DomainError Empty { get; } = DomainError.Validation(
        "budget.file.empty", "file", "The budget file holds no lines.", "예산 파일에 항목이 없습니다.");

    /// <summary>Larger than <see cref="BudgetLimits.MaxFileBytes"/>.</summary>
    public static DomainError TooLarge { get; } = DomainError.Validation(
        "budget.file.too_large", "file", $"The budget file may be at most {BudgetLimits.MaxFileBytes} bytes.",
        $"예산 파일은 {BudgetLimits.MaxFileBytes}바이트 이하여야 합니다.");

    /// <summary>More than <see cref="BudgetLimits.MaxFileRows"/> lines.</summary>
    public static DomainError TooManyRows { get; } = DomainError.Validation(
        "budget.file.too_many_rows", "file", $"The budget file may hold at most {BudgetLimits.MaxFileRows} lines.",
        $"예산 파일의 항목은 {BudgetLimits.MaxFileRows}개 이하여야 합니다.");

    /// <summary>Not UTF-8.</summary>
    public static DomainError Encoding { get; } = DomainError.Validation(
        "budget.file.encoding", "file", "The budget file must be UTF-8 text.", "예산 파일은 UTF-8 텍스트여야 합니다.");

    /// <summary>Not UTF-8, with the line of the first bad byte.</summary>
    public static DomainError EncodingAt(int line) => Line(line, "*", "budget.file.encoding",
        "the budget file must be UTF-8 text (save it as UTF-8).", "예산 파일은 UTF-8 텍스트여야 합니다(UTF-8로 저장하세요).");

    /// <summary>Unreadable CSV (broken quoting).</summary>
    public static DomainError Malformed { get; } = DomainError.Validation(
        "budget.file.malformed", "file", "The budget file cannot be read (check its quoting).", "예산 파일을 읽을 수 없습니다(따옴표를 확인하세요).");

    /// <summary>The header is not <c>category,line,</c> followed by year columns.</summary>
    public static DomainError Header(string problem, string problemKo) => DomainError.Validation(
        "budget.file.header", "header",
        $"{problem} The header must be category,line followed by one or more columns named settled_YYYY_thousand_krw or budget_YYYY_thousand_krw.",
        $"{problemKo} 머리글은 category,line 다음에 settled_YYYY_thousand_krw 또는 budget_YYYY_thousand_krw 열이 하나 이상 와야 합니다.");

    /// <summary>A refusal of one line.</summary>
    public static DomainError Line(int line, string column, string code, string message, string messageKo) => DomainError.Validation(
        code, $"lines[{line}].{column}", $"Line {line}: {message}", $"{line}행: {messageKo}");

    /// <summary>A line without the header's number of cells.</summary>
    public static DomainError Columns(int line, int expected, int found) => Line(line, "*", "budget.file.columns",
        $"expected {expected} cells, found {found}.", $"칸이 {expected}개여야 하는데 {found}개입니다.");

    /// <summary>A missing or too long category or name.</summary>
    public static DomainError Text(int line, string column) => Line(line, column, "budget.file.text",
        $"the {column} is required (at most {IncentiveLimits.NameMaxLength} characters).", $"{column} 값이 필요합니다({IncentiveLimits.NameMaxLength}자 이하).");

    /// <summary>An amount that is not a whole, non-negative number of thousand won within the line limit.</summary>
    public static DomainError Amount(int line, string column) => Line(line, column, "budget.file.amount",
        $"the amount must be a whole number of thousand won from 0 to {IncentiveLimits.MaxLineAmount / BudgetLimits.FileUnitWon:N0}.",
        $"금액은 0부터 {IncentiveLimits.MaxLineAmount / BudgetLimits.FileUnitWon:N0}까지의 천원 단위 정수여야 합니다.");

    /// <summary>The same category and line twice in one file.</summary>
    public static DomainError Duplicate(int line, int firstLine) => Line(line, "line", "budget.file.duplicate",
        $"the same category and line are already on line {firstLine}.", $"같은 편성목과 항목이 {firstLine}행에 이미 있습니다.");

    /// <summary>A new line for a closed year.</summary>
    public static DomainError YearClosed(int line, string column) => Line(line, column, "budget.file.year_closed",
        "its year is closed: no new lines.", "마감된 회계연도에는 항목을 추가할 수 없습니다.");

    /// <summary>More than <see cref="BudgetLimits.MaxLinesPerYear"/> lines for one year.</summary>
    public static DomainError TooManyLinesInYear(int line, string column) => Line(line, column, "budget.file.too_many_lines",
        $"a year may have at most {BudgetLimits.MaxLinesPerYear} lines.", $"한 연도의 항목은 {BudgetLimits.MaxLinesPerYear}개 이하여야 합니다.");
}
