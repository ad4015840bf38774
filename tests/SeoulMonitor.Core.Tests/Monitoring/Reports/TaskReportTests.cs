using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Reports;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Findings;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Reports;

/// <summary>CSV and XLSX reports keep Korean text intact and quote per RFC 4180.</summary>
public sealed class TaskReportTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string Quote = "턱이 \"너무\" 높아요, 정말로\n두 줄";

    [Fact]
    public async Task Csv_KoreanQuotesAndCommas_Bom_Rfc4180()
    {
        var report = await ReportAsync();
        using var stream = new MemoryStream();

        await TaskReportCsv.WriteAsync(report, stream, TestContext.Current.CancellationToken);

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("보행 환경 모니터링", text, StringComparison.Ordinal);
        Assert.Contains("보행친화도시과", text, StringComparison.Ordinal);
        Assert.Contains("\"턱이 \"\"너무\"\" 높아요, 정말로\n두 줄\"", text, StringComparison.Ordinal);
        Assert.Contains("반영 완료", text, StringComparison.Ordinal);
        Assert.Contains("보행 안전,척도,1,4,,,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_ReadBack_KoreanIntactOnEverySheet()
    {
        var report = await ReportAsync();
        using var stream = new MemoryStream();

        await TaskReportXlsx.WriteAsync(report, stream, TestContext.Current.CancellationToken);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["과제 요약", "문항별 통계", "의견"], sheets);
        var cells = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(CellText).ToList();
        Assert.Contains("보행 환경 모니터링", cells);
        Assert.Contains(Quote, cells);
        Assert.Contains("반영 완료", cells);
        Assert.Contains("보행 안전", cells);
    }

    [Fact]
    public void CsvField_FormulaAndSeparators_Escaped()
    {
        Assert.Equal("'=SUM(A1)", TaskReportCsv.Field("=SUM(A1)"));
        Assert.Equal("\"a,b\"", TaskReportCsv.Field("a,b"));
        Assert.Equal("한글", TaskReportCsv.Field("한글"));
    }

    private static string CellText(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private async Task<TaskReport> ReportAsync()
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        var quoted = await host.FindingsAsync<FindingView>((s, ct) => s.AddQuoteAsync(finding.Id, finding.SourceSubmissionIds[0], Quote, Staff, ct));
        Assert.True(quoted.IsSuccess, quoted.Error?.Code);
        await host.SendAsync(task.Id, finding.Id);
        await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, "보도 턱을 낮췄습니다", Officer, ct));
        var report = await host.RunAsync<TaskReportService, Result<TaskReport>>((s, ct) => s.BuildAsync(task.Id, Officer, ct));
        Assert.True(report.IsSuccess, report.Error?.Code);
        return report.Value;
    }
}
