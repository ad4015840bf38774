using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

public sealed class AdvisersEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Consultation_PlanHoldPay_MovesTheAdvisoryLineExactly()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync("/api/budget/load");
        await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "사무관리비", name = "전문가 자문 등", purpose = "ExpertAdvice", amount = 4_000_000 } } });
        var (_, report) = await staff.GetJsonAsync("/api/budget/years/2026/report");
        var lineId = report.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var (_, adviser) = await staff.PostJsonAsync("/api/advisers", new { name = "김도시", field = "도시계획", affiliation = "서울연구원", email = "dosi.kim@si.re.kr" });
        var adviserId = adviser.GetProperty("id").GetGuid();

        var (planned, consultation) = await staff.PostJsonAsync("/api/consultations", new { adviserId, topic = "보행 환경 점검표 자문", heldOn = "2026-03-02", allowance = 250_000, budgetLineId = lineId });
        var id = consultation.GetProperty("id").GetGuid();
        var (held, _) = await staff.PostJsonAsync($"/api/consultations/{id}/hold");
        var (paid, paidBody) = await staff.PostJsonAsync($"/api/consultations/{id}/pay");
        var (again, againBody) = await staff.PostJsonAsync($"/api/consultations/{id}/pay");
        var (_, list) = await staff.GetJsonAsync("/api/consultations?year=2026");
        var (_, after) = await staff.GetJsonAsync("/api/budget/years/2026/report");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (planned.StatusCode, held.StatusCode, paid.StatusCode));
        Assert.Equal(("Paid", "수당 지급"), (paidBody.GetProperty("stateName").GetString(), paidBody.GetProperty("stateNameKo").GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "consultation.invalid_transition"), (again.StatusCode, againBody.Code()));
        Assert.Equal(250_000, list.GetProperty("paid").GetInt64());
        var line = after.GetProperty("lines")[0];
        Assert.Equal((0L, 250_000L), (line.GetProperty("committed").GetInt64(), line.GetProperty("paid").GetInt64()));
    }

    [Fact]
    public async Task Plan_OverdraftOrAbsurdAllowance_IsAProblemAndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, created) = await staff.PostJsonAsync("/api/budget/years", new { year = 2026, lines = new[] { new { category = "사무관리비", name = "전문가 자문 등", purpose = "ExpertAdvice", amount = 100_000 } } });
        var lineId = created.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var (_, adviser) = await staff.PostJsonAsync("/api/advisers", new { name = "김도시", field = "도시계획" });
        var adviserId = adviser.GetProperty("id").GetGuid();

        var (overdraft, overdraftBody) = await staff.PostJsonAsync("/api/consultations", new { adviserId, topic = "자문", heldOn = "2026-03-02", allowance = 100_001, budgetLineId = lineId });
        var (negative, negativeBody) = await staff.PostJsonAsync("/api/consultations", new { adviserId, topic = "자문", heldOn = "2026-03-02", allowance = -5, budgetLineId = lineId });
        var (noYear, noYearBody) = await staff.GetJsonAsync("/api/consultations");

        Assert.Equal((HttpStatusCode.Conflict, "budget.overdrawn"), (overdraft.StatusCode, overdraftBody.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "consultation.allowance.invalid"), (negative.StatusCode, negativeBody.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "consultation.year.invalid"), (noYear.StatusCode, noYearBody.Code()));
        var (_, list) = await staff.GetJsonAsync("/api/consultations?year=2026");
        Assert.Equal(0, list.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ListAdvisers_NeedsAPurposeAndIsAccessLogged_OthersAreForbidden()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync("/api/advisers", new { name = "김도시", field = "도시계획" });
        using var monitor = app.CreateMonitorClient(await app.AddMonitorAsync());

        var (noPurpose, noPurposeBody) = await staff.GetJsonAsync("/api/advisers");
        var (listed, list) = await staff.GetJsonAsync("/api/advisers?purpose=자문%20위원%20섭외");
        var (forbidden, forbiddenBody) = await monitor.GetJsonAsync("/api/advisers?purpose=궁금");
        var update = await monitor.PutAsJsonAsync(new Uri($"/api/advisers/{list[0].GetProperty("id").GetGuid()}", UriKind.Relative), new { name = "x", field = "y" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, noPurposeBody.Code()));
        Assert.Equal((HttpStatusCode.OK, 1), (listed.StatusCode, list.GetArrayLength()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (forbidden.StatusCode, forbiddenBody.Code()));
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        Assert.Equal(1, await db.Set<PersonalDataAccess>().CountAsync(a => a.SubjectType == AdviserService.Entity, Ct));
        Assert.Equal("김도시", (await db.Set<Adviser>().SingleAsync(Ct)).Name);
    }
}
