using System.Net;
using System.Text;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitoring.HistoryApi;

namespace SeoulMonitor.Host.Tests.Monitoring;

public sealed class HistoryEndpointsTests
{
    [Fact]
    public async Task Import_Twice_Returns63ThenNothingNew()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var first = await (await staff.ImportAsync()).JsonAsync();
        var second = await (await staff.ImportAsync()).JsonAsync();

        Assert.Equal((63, 63, 0), (first.GetProperty("records").GetInt32(), first.GetProperty("imported").GetInt32(), first.GetProperty("alreadyPresent").GetInt32()));
        Assert.Equal((38, 25), (first.GetProperty("importedByYear").GetProperty("2013").GetInt32(), first.GetProperty("importedByYear").GetProperty("2014").GetInt32()));
        Assert.Equal((0, 63, 0), (second.GetProperty("imported").GetInt32(), second.GetProperty("alreadyPresent").GetInt32(), second.GetProperty("departmentsRegistered").GetInt32()));
    }

    [Fact]
    public async Task ImportCsv_GoodRecords_AreImportedAndCountedInTheirYear()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var result = await (await staff.ImportCsvAsync($"{Header}\r\n2015,1,\"한강공원 편의시설 점검, 1차\",2015-05-04,2015-05-08,30,시민봉사담당관\r\n")).JsonAsync();
        var report = await (await staff.YearlyAsync("?from=2015&to=2015")).JsonAsync();

        Assert.Equal(1, result.GetProperty("imported").GetInt32());
        var year = report.GetProperty("years")[0];
        Assert.Equal((1, 30), (year.GetProperty("tasks").GetInt32(), year.GetProperty("participants").GetInt32()));
    }

    [Fact]
    public async Task ImportCsv_BadLine_Returns400NamingTheLineAndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var problem = await (await staff.ImportCsvAsync($"{Header}\n2015,1,한강공원 점검,2015-05-04,2015-05-08,30,시민봉사담당관\n2015,2,지하철역 점검,2015-06-01,2015-06-03,많음,도시교통실\n"))
            .ProblemAsync(HttpStatusCode.BadRequest, "history.line.participants.invalid");
        var report = await (await staff.YearlyAsync("?from=2015&to=2015")).JsonAsync();

        Assert.Equal("lines[3].participants", problem.GetProperty("field").GetString());
        Assert.StartsWith("Line 3:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("3행:", problem.GetProperty("detail_ko").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, report.GetProperty("years")[0].GetProperty("tasks").GetInt32());
    }

    [Fact]
    public async Task ImportCsv_WrongMediaTypeTooLargeOrNotText_AreProblemsNotErrors()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var tooLarge = Header + "\n" + new string('x', HistoryLimits.MaxCsvBytes);
        using var binary = new ByteArrayContent([0xFF, 0xFE, 0x00, 0x80, 0xC3]);
        binary.Headers.ContentType = new("text/csv");

        await (await staff.ImportCsvAsync("{}", "application/json")).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "history.csv.content_type");
        await (await staff.ImportCsvAsync(tooLarge)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "history.csv.too_large");
        await (await staff.PostAsync(new Uri("/api/monitoring/history/import-csv", UriKind.Relative), binary, Ct)).ProblemAsync(HttpStatusCode.BadRequest, "history.csv.encoding");
        await (await staff.ImportCsvAsync("")).ProblemAsync(HttpStatusCode.BadRequest, "history.csv.empty");
        await (await staff.ImportCsvAsync("a,b\n1,2\n")).ProblemAsync(HttpStatusCode.BadRequest, "history.csv.header");
        await (await staff.ImportCsvAsync(Encoding.UTF8.GetString([0xEF, 0xBB, 0xBF]) + Header + "\n\"unterminated")).ProblemAsync(HttpStatusCode.BadRequest, "history.line.columns");
    }
}
