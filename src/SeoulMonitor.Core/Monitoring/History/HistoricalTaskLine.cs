using System.Globalization;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>The header check and the per-line rules of a historical-task CSV.</summary>
internal static class HistoricalTaskLine
{
    /// <summary>For each of <see cref="HistoryColumns.All"/>, its position in the header.</summary>
    public static Result<int[]> ColumnsOf(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (names.FirstOrDefault(n => !HistoryColumns.All.Contains(n)) is { } unknown)
        {
            return HistoryErrors.Header($"The column '{unknown}' is unknown.", $"'{unknown}' 열은 알 수 없는 열입니다.");
        }

        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return HistoryErrors.Header($"The column '{repeated.Key}' is repeated.", $"'{repeated.Key}' 열이 중복되었습니다.");
        }

        if (HistoryColumns.All.FirstOrDefault(c => !names.Contains(c)) is { } missing)
        {
            return HistoryErrors.Header($"The column '{missing}' is missing.", $"'{missing}' 열이 없습니다.");
        }

        return HistoryColumns.All.Select(c => names.IndexOf(c)).ToArray();
    }

    /// <summary>Checks one line's cells (in header order, picked by <paramref name="columns"/>).</summary>
    public static Result<HistoricalTaskRecord> Parse(int line, string[] cells, int[] columns, DateOnly today)
    {
        string Cell(int i) => cells[columns[i]].Trim();
        var (year, seq, title, start, end, participants, department) = (Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6));

        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < HistoryLimits.EarliestYear or > HistoryLimits.LatestYear)
        {
            return Error(line, HistoryColumns.Year, "history.line.year.invalid",
                $"the year must be a number from {HistoryLimits.EarliestYear} to {HistoryLimits.LatestYear}.",
                $"연도는 {HistoryLimits.EarliestYear}~{HistoryLimits.LatestYear} 사이의 숫자여야 합니다.");
        }

        if (!int.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is < 1 or > HistoryLimits.MaxSequence)
        {
            return Error(line, HistoryColumns.Sequence, "history.line.seq.invalid",
                $"the sequence must be a number from 1 to {HistoryLimits.MaxSequence}.", $"순번은 1~{HistoryLimits.MaxSequence} 사이의 숫자여야 합니다.");
        }

        if (title.Length is < MonitoringLimits.TitleMinLength or > MonitoringLimits.TitleMaxLength)
        {
            return Error(line, HistoryColumns.Title, "history.line.title.invalid",
                $"the title must be {MonitoringLimits.TitleMinLength} to {MonitoringLimits.TitleMaxLength} characters.",
                $"제목은 {MonitoringLimits.TitleMinLength}~{MonitoringLimits.TitleMaxLength}자여야 합니다.");
        }

        var dates = Dates(line, y, start, end, today);
        if (!dates.IsSuccess)
        {
            return dates.Error;
        }

        if (!int.TryParse(participants, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < MonitoringLimits.MinCapacity or > MonitoringLimits.MaxCapacity)
        {
            return Error(line, HistoryColumns.Participants, "history.line.participants.invalid",
                $"participants must be a number from {MonitoringLimits.MinCapacity} to {MonitoringLimits.MaxCapacity}.",
                $"참여 인원은 {MonitoringLimits.MinCapacity}~{MonitoringLimits.MaxCapacity} 사이의 숫자여야 합니다.");
        }

        if (department.Length is 0 or > MonitoringLimits.DepartmentMaxLength)
        {
            return Error(line, HistoryColumns.Department, "history.line.department.invalid",
                $"the requesting department must be 1 to {MonitoringLimits.DepartmentMaxLength} characters.",
                $"요청 부서는 1~{MonitoringLimits.DepartmentMaxLength}자여야 합니다.");
        }

        return new HistoricalTaskRecord(line, y, s, title, dates.Value.Start, dates.Value.End, p, department);
    }

    private static Result<(DateOnly Start, DateOnly End)> Dates(int line, int year, string start, string end, DateOnly today)
    {
        if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return Error(line, HistoryColumns.StartDate, "history.line.start_date.invalid",
                "the start date must be an existing date written yyyy-MM-dd.", "시작일은 yyyy-MM-dd 형식의 실제 날짜여야 합니다.");
        }

        if (from.Year != year)
        {
            return Error(line, HistoryColumns.StartDate, "history.line.start_date.other_year",
                $"the start date is not in {year} (a task counts in the year its fieldwork starts).", $"시작일이 {year}년이 아닙니다(활동은 시작한 해에 집계됩니다).");
        }

        if (!DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) || to < from)
        {
            return Error(line, HistoryColumns.EndDate, "history.line.end_date.invalid",
                "the end date must be an existing date written yyyy-MM-dd, on or after the start date.", "종료일은 시작일 이후의 yyyy-MM-dd 형식 실제 날짜여야 합니다.");
        }

        if (to.DayNumber - from.DayNumber + 1 > HistoryLimits.MaxFieldworkDays)
        {
            return Error(line, HistoryColumns.EndDate, "history.line.end_date.too_long",
                $"fieldwork may last at most {HistoryLimits.MaxFieldworkDays} days.", $"현장 활동 기간은 {HistoryLimits.MaxFieldworkDays}일 이하여야 합니다.");
        }

        if (to >= today)
        {
            return Error(line, HistoryColumns.EndDate, "history.line.end_date.not_past",
                "a historical task must have ended before today (Seoul).", "과거 활동은 오늘(서울 기준) 이전에 끝났어야 합니다.");
        }

        return (from, to);
    }

    private static DomainError Error(int line, string column, string code, string message, string messageKo) =>
        HistoryErrors.Line(line, column, code, message, messageKo);
}
