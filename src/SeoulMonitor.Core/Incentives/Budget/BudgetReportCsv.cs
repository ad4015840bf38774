using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// Writes an execution report as CSV: a bilingual header, one row per line, a subtotal row per category and a total
/// row; UTF-8 with a byte-order mark, RFC 4180 quoting, and text cells that a spreadsheet would read as a formula
/// prefixed with an apostrophe.
/// </summary>
internal static class BudgetReportCsv
{
    public const string Header = "연도 year,편성목 category,세부사업 line,용도 purpose,결산 settled,예산 budget,약정 committed,집행 paid,잔액 remaining,집행률 execution_rate";

    public static byte[] Write(BudgetExecutionReport report)
    {
        var text = new StringBuilder();
        text.Append(Header).Append("\r\n");
        foreach (var line in report.Lines)
        {
            Row(text, report.Year, line.Category, line.Name, line.PurposeNameKo, line.IsSettled ? "Y" : "N",
                new BudgetAmounts(1, line.Amount, line.Committed, line.Paid, line.Remaining, line.ExecutionRate));
        }

        foreach (var category in report.Categories)
        {
            Row(text, report.Year, category.Category, "소계 subtotal", string.Empty, string.Empty, category.Totals);
        }

        Row(text, report.Year, "합계 total", string.Empty, string.Empty, string.Empty, report.Totals);
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Row(StringBuilder text, int year, string category, string name, string purpose, string settled, BudgetAmounts amounts)
    {
        var cells = new[]
        {
            year.ToString(CultureInfo.InvariantCulture), Cell(category), Cell(name), Cell(purpose), settled,
            amounts.Amount.ToString(CultureInfo.InvariantCulture), amounts.Committed.ToString(CultureInfo.InvariantCulture),
            amounts.Paid.ToString(CultureInfo.InvariantCulture), amounts.Remaining.ToString(CultureInfo.InvariantCulture),
            amounts.ExecutionRate.ToString("0.00", CultureInfo.InvariantCulture),
        };
        text.AppendJoin(',', cells).Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
