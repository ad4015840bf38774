using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

public sealed class InsuranceEndpointsTests
{
    [Fact]
    public async Task RosterClaimOutcome_StaffFlow_CsvForTheInsurerAccessLoggedAndClaimPaid()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync(MonitoringTaskState.RecruitmentClosed);
        var first = await app.AddParticipantAsync(task.Id, 1);
        await app.AddParticipantAsync(task.Id, 2);
        using var staff = app.CreateStaffClient();

        var (drawn, roster) = await staff.PostJsonAsync($"/api/tasks/{task.Id}/insurance/roster");
        var (read, _) = await staff.GetJsonAsync($"/api/tasks/{task.Id}/insurance/roster");
        var (noPurpose, noPurposeProblem) = await staff.GetJsonAsync($"/api/tasks/{task.Id}/insurance/roster.csv");
        var csv = await staff.GetAsync($"/api/tasks/{task.Id}/insurance/roster.csv?purpose=보험사%20제출", TestContext.Current.CancellationToken);
        app.Time.SetUtcNow(task.FieldworkOpensAt.AddDays(2));
        var (filed, claim) = await staff.PostJsonAsync("/api/insurance/claims",
            new { taskId = task.Id, monitorId = first, incidentAt = task.FieldworkOpensAt.AddDays(1), description = "계단에서 넘어짐" });
        var (paid, paidClaim) = await staff.PostJsonAsync($"/api/insurance/claims/{claim.GetProperty("id").GetString()}/pay", new { amount = 350_000 });
        var (listed, claims) = await staff.GetJsonAsync("/api/insurance/claims?year=2026&purpose=청구%20현황");

        Assert.Equal((HttpStatusCode.OK, 2), (drawn.StatusCode, roster.GetProperty("memberCount").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, noPurposeProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("성명,생년월일,연락처,보장 시작,보장 종료,과제명\r\n모니터1,1980-05-01,010-9876-0001,", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "Paid", "지급", 350_000L),
            (paid.StatusCode, paidClaim.GetProperty("state").GetString(), paidClaim.GetProperty("stateKo").GetString(), paidClaim.GetProperty("paidAmount").GetInt64()));
        Assert.Equal((HttpStatusCode.OK, 1), (listed.StatusCode, claims.GetArrayLength()));
        var logged = await app.QueryDbAsync(db => db.Set<PersonalDataAccess>().Select(a => a.SubjectType).ToListAsync(IncentivesHostArrange.Ct));
        Assert.Equal(new[] { InsuranceClaimService.ListSubject, RosterService.ExportSubject }.Order(StringComparer.Ordinal), logged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Claims_BadInputAndWrongRoles_ClearProblemsNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync(MonitoringTaskState.RecruitmentClosed);
        var monitor = await app.AddParticipantAsync(task.Id, 1);
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync($"/api/tasks/{task.Id}/insurance/roster");
        app.Time.SetUtcNow(task.FieldworkClosesAt.AddDays(1));
        var outside = task.FieldworkClosesAt.AddHours(1);

        var cases = new (object? Body, HttpStatusCode Status, string Code)[]
        {
            (null, HttpStatusCode.BadRequest, "insurance.task_id.required"),
            (new { taskId = task.Id }, HttpStatusCode.BadRequest, "insurance.monitor_id.required"),
            (new { taskId = task.Id, monitorId = monitor }, HttpStatusCode.BadRequest, "insurance.incident_at.required"),
            (new { taskId = task.Id, monitorId = monitor, incidentAt = outside, description = "넘어짐" }, HttpStatusCode.UnprocessableEntity, "insurance.not_covered"),
            (new { taskId = task.Id, monitorId = Guid.NewGuid(), incidentAt = task.FieldworkOpensAt, description = "넘어짐" }, HttpStatusCode.UnprocessableEntity, "insurance.not_covered"),
            (new { taskId = task.Id, monitorId = monitor, incidentAt = task.FieldworkOpensAt, description = "" }, HttpStatusCode.BadRequest, "insurance.description.required"),
            (new { taskId = task.Id, monitorId = monitor, incidentAt = "not a date" }, HttpStatusCode.BadRequest, "request.malformed"),
        };
        foreach (var (body, status, code) in cases)
        {
            var (response, problem) = await staff.PostJsonAsync("/api/insurance/claims", body);
            Assert.Equal((status, code), (response.StatusCode, problem.Code()));
        }

        var (_, claim) = await staff.PostJsonAsync("/api/insurance/claims", new { taskId = task.Id, monitorId = monitor, incidentAt = task.FieldworkOpensAt, description = "넘어짐" });
        var id = claim.GetProperty("id").GetString();
        using var monitorClient = app.CreateMonitorClient(monitor);
        using var department = app.CreateDepartmentClient();
        var (negative, negativeProblem) = await staff.PostJsonAsync($"/api/insurance/claims/{id}/pay", new { amount = -5 });
        var (absurd, absurdProblem) = await staff.PostJsonAsync($"/api/insurance/claims/{id}/pay", new { amount = 99_999_999_999L });
        var (noAmount, noAmountProblem) = await staff.PostJsonAsync($"/api/insurance/claims/{id}/pay", new { });
        var (byMonitor, monitorProblem) = await monitorClient.PostJsonAsync($"/api/insurance/claims/{id}/pay", new { amount = 1000 });
        var (byDepartment, departmentProblem) = await department.PostJsonAsync($"/api/insurance/claims/{id}/decline", new { reason = "사유" });

        Assert.Equal((HttpStatusCode.BadRequest, "insurance.amount.invalid"), (negative.StatusCode, negativeProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "insurance.amount.invalid"), (absurd.StatusCode, absurdProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "insurance.amount.required"), (noAmount.StatusCode, noAmountProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byMonitor.StatusCode, monitorProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byDepartment.StatusCode, departmentProblem.Code()));
        var stored = await app.QueryDbAsync(db => db.Set<InsuranceClaim>().ToListAsync(IncentivesHostArrange.Ct));
        Assert.Equal((InsuranceClaimState.Filed, (long?)null), (Assert.Single(stored).State, stored[0].PaidAmount));
    }
}
