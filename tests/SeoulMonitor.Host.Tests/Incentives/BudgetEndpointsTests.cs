using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

public sealed class BudgetEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_ByStaff_Report2015MatchesTheFileAndCsvKeepsKorean()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (loaded, body) = await staff.PostJsonAsync("/api/budget/load");
        var (_, report) = await staff.GetJsonAsync("/api/budget/years/2015/report");
        var csv = await staff.GetAsync(new Uri("/api/budget/years/2015/report.csv", UriKind.Relative), Ct);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal(278_792_000, body.GetProperty("fileTotals").GetProperty("2015").GetInt64());
        Assert.Equal(278_792_000, report.GetProperty("totals").GetProperty("amount").GetInt64());
        Assert.Equal(8, report.GetProperty("lines").GetArrayLength());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains("서울시민모니터 현장 활동비", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_ByOtherRoles_Are403AuthForbiddenAndWriteNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, created) = await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "사무관리비", name = "전문가 자문 등", purpose = "ExpertAdvice", amount = 1_000_000 } } });
        var lineId = created.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var monitorId = await app.AddMonitorAsync();
        var clients = new[]
        {
            app.CreateMonitorClient(monitorId),
            app.CreateDepartmentClient(),
            app.CreateClient([Roles.CommunityLeader, Roles.Monitor], monitorId),
        };

        foreach (var client in clients)
        {
            Assert.Equal("auth.forbidden", (await client.PostJsonAsync("/api/budget/load")).Body.Code());
            Assert.Equal("auth.forbidden", (await client.PostJsonAsync("/api/budget/years", new { year = 2027 })).Body.Code());
            Assert.Equal("auth.forbidden", (await client.PostJsonAsync("/api/budget/years/2026/close")).Body.Code());
            var amend = await client.PutAsJsonAsync(new Uri($"/api/budget/lines/{lineId}", UriKind.Relative), new { amount = 5 }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, amend.StatusCode);
            Assert.Equal("auth.forbidden", (await client.GetJsonAsync("/api/budget/years/2026/report")).Body.Code());
            client.Dispose();
        }

        var (_, report) = await staff.GetJsonAsync("/api/budget/years/2026/report");
        Assert.Equal((1_000_000L, false), (report.GetProperty("totals").GetProperty("amount").GetInt64(), report.GetProperty("isClosed").GetBoolean()));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        Assert.Equal(0, await db.Set<BudgetYear>().CountAsync(y => y.Year == 2027, Ct));
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(Ct));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(IncentiveLimits.MaxLineAmount + 1)]
    public async Task CreateYear_AbsurdAmount_Is400WithTheFieldAndWritesNothing(long amount)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (response, problem) = await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "가", name = "나", purpose = "Other", amount } } });
        var (missing, _) = await staff.GetJsonAsync("/api/budget/years/2026/report");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("budget.line.amount.invalid", "lines[0].amount"), (problem.Code(), problem.GetProperty("field").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail_ko").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CloseAmendReopen_ByStaff_GiveStableProblemsAndChangeTheYear()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, created) = await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "가", name = "나", purpose = "Other", amount = 1000 } } });
        var lineId = created.GetProperty("lines")[0].GetProperty("id").GetGuid();

        var (closed, _) = await staff.PostJsonAsync("/api/budget/years/2026/close");
        var amend = await staff.PutAsJsonAsync(new Uri($"/api/budget/lines/{lineId}", UriKind.Relative), new { amount = 2000 }, Ct);
        var (again, againBody) = await staff.PostJsonAsync("/api/budget/years/2026/close");
        var (noReason, noReasonBody) = await staff.PostJsonAsync("/api/budget/years/2026/reopen", new { reason = "" });
        var (reopened, _) = await staff.PostJsonAsync("/api/budget/years/2026/reopen", new { reason = "추경 반영" });
        var amended = await staff.PutAsJsonAsync(new Uri($"/api/budget/lines/{lineId}", UriKind.Relative), new { amount = 2000 }, Ct);
        var (added, _) = await staff.PostJsonAsync("/api/budget/years/2026/lines", new { category = "가", name = "다", purpose = "FieldActivity", amount = 5000 });
        var (_, years) = await staff.GetJsonAsync("/api/budget/years");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict), (closed.StatusCode, amend.StatusCode, again.StatusCode));
        Assert.Equal(("budget.year.already_closed", "budget.reason.required"), (againBody.Code(), noReasonBody.Code()));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created), (reopened.StatusCode, amended.StatusCode, added.StatusCode));
        Assert.Equal(1, years.GetArrayLength());
    }

    [Fact]
    public async Task BadJsonOrUnknownPurpose_IsAProblemNotAnError()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (purpose, _) = await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "가", name = "나", purpose = "Bribes", amount = 1 } } });
        var text = await staff.PostAsync(new Uri("/api/budget/years", UriKind.Relative), new StringContent("{\"year\":\"많음\"}", Encoding.UTF8, "application/json"), Ct);
        var (report, _) = await staff.GetJsonAsync("/api/budget/years/99999/report");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (purpose.StatusCode, text.StatusCode, report.StatusCode));
    }
}
