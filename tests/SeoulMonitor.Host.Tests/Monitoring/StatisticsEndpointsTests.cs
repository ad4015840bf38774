using System.Net;
using System.Text.RegularExpressions;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitoring.HistoryApi;

namespace SeoulMonitor.Host.Tests.Monitoring;

public sealed partial class StatisticsEndpointsTests
{
    [GeneratedRegex(@"01[016789]-?\d{3,4}-?\d{4}|@")]
    private static partial Regex PersonalData();

    [Fact]
    public async Task Yearly_AfterImport_DepartmentOfficerSeesTaskCountsEqualToThePublishedOnesAndNoPersonalData()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient();
        await staff.ImportAsync();

        var response = await department.YearlyAsync("?from=2013&to=2014");
        var report = await response.JsonAsync();

        var years = report.GetProperty("years");
        Assert.Equal((38, 25), (years[0].GetProperty("tasks").GetInt32(), years[1].GetProperty("tasks").GetInt32()));
        Assert.Equal((38, 25), (years[0].GetProperty("published").GetProperty("tasks").GetInt32(), years[1].GetProperty("published").GetProperty("tasks").GetInt32()));
        Assert.Equal(0, years[0].GetProperty("tasksDifferenceFromPublished").GetInt32());
        Assert.DoesNotMatch(PersonalData(), await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Yearly_NoQuery_CoversTheDefaultYearsUpToThisYearInSeoul()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var report = await (await staff.YearlyAsync()).JsonAsync();

        Assert.Equal((2012, 2026, 15), (report.GetProperty("from").GetInt32(), report.GetProperty("to").GetInt32(), report.GetProperty("years").GetArrayLength()));
    }

    [Theory]
    [InlineData("?from=abc", "statistics.year.invalid", "from")]
    [InlineData("?from=2013&to=2101", "statistics.year.invalid", "to")]
    [InlineData("?from=2014&to=2013", "statistics.range.reversed", "to")]
    [InlineData("?from=1990&to=2050", "statistics.range.too_long", "to")]
    [InlineData("?to=99999999999", "statistics.year.invalid", "to")]
    public async Task Yearly_BadYears_Return400WithTheField(string query, string code, string field)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var problem = await (await staff.YearlyAsync(query)).ProblemAsync(HttpStatusCode.BadRequest, code);

        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Departments_AfterImport_StaffSeeEachRequestingDepartmentsTasks()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await staff.ImportAsync();

        var departments = await (await staff.GetAsync(new Uri("/api/statistics/yearly/2013/departments", UriKind.Relative), Ct)).JsonAsync();
        var invalid = await staff.GetAsync(new Uri("/api/statistics/yearly/3000/departments", UriKind.Relative), Ct);

        var all = departments.EnumerateArray().ToList();
        Assert.Equal(38, all.Sum(d => d.GetProperty("tasks").GetInt32()));
        Assert.Contains(all, d => d.GetProperty("department").GetString() == "시민봉사담당관");
        await invalid.ProblemAsync(HttpStatusCode.BadRequest, "statistics.year.invalid");
    }
}
