using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>
/// Refusals of the historical-task import (stable codes). Errors of one line name it in both messages
/// ("Line 7: …", "7행: …") and in <see cref="DomainError.Field"/> (<c>lines[7].start_date</c>).
/// </summary>
public static class HistoryErrors
{
    /// <summary>Only staff import records.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "history.forbidden", "Only program staff may import historical records.", "과거 기록은 담당 직원만 가져올 수 있습니다.");

    /// <summary>No data lines.</summary>
    public static DomainError Empty { get; } = DomainError.Validation(
        "history.csv.empty", "csv", "The CSV holds no records.", "CSV에 기록이 없습니다.");

    /// <summary>Larger than <see cref="HistoryLimits.MaxCsvBytes"/>.</summary>
    public static DomainError TooLarge { get; } = DomainError.Validation(
        "history.csv.too_large", "csv", $"The CSV may be at most {HistoryLimits.MaxCsvBytes} bytes.", $"CSV는 {HistoryLimits.MaxCsvBytes}바이트 이하여야 합니다.");

    /// <summary>More than <see cref="HistoryLimits.MaxRows"/> lines.</summary>
    public static DomainError TooManyRows { get; } = DomainError.Validation(
        "history.csv.too_many_rows", "csv", $"The CSV may hold at most {HistoryLimits.MaxRows} records.", $"CSV의 기록은 {HistoryLimits.MaxRows}건 이하여야 합니다.");

    /// <summary>Not UTF-8.</summary>
    public static DomainError Encoding { get; } = DomainError.Validation(
        "history.csv.encoding", "csv", "The CSV must be UTF-8 text.", "CSV는 UTF-8 텍스트여야 합니다.");

    /// <summary>Unreadable CSV (broken quoting).</summary>
    public static DomainError Malformed { get; } = DomainError.Validation(
        "history.csv.malformed", "csv", "The CSV cannot be read (check its quoting).", "CSV를 읽을 수 없습니다(따옴표를 확인하세요).");

    /// <summary>A header column is missing, unknown or repeated.</summary>
    public static DomainError Header(string problem, string problemKo) => DomainError.Validation(
        "history.csv.header", "header",
        $"{problem} The header must name exactly these columns: {string.Join(',', HistoryColumns.All)}.",
        $"{problemKo} 머리글은 다음 열이어야 합니다: {string.Join(',', HistoryColumns.All)}.");

    /// <summary>A refusal of one line.</summary>
    public static DomainError Line(int line, string column, string code, string message, string messageKo) => DomainError.Validation(
        code, $"lines[{line}].{column}", $"Line {line}: {message}", $"{line}행: {messageKo}");

    /// <summary>A line without the header's number of cells.</summary>
    public static DomainError Columns(int line, int found) => Line(line, "*", "history.line.columns",
        $"expected {HistoryColumns.All.Count} cells, found {found}.", $"칸이 {HistoryColumns.All.Count}개여야 하는데 {found}개입니다.");

    /// <summary>The same year and sequence twice in one file.</summary>
    public static DomainError Duplicate(int line, string key, int firstLine) => Line(line, HistoryColumns.Sequence, "history.line.duplicate",
        $"the task {key} is already on line {firstLine}.", $"{key} 활동이 {firstLine}행에 이미 있습니다.");
}
