using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>Insurance premiums over HTTP: staff record, pay and cancel them on the injury-insurance line; bad input and other roles get clear problems and write nothing.</summary>
public sealed class InsurancePremiumEndpointsTests
{
    private static async Task<(Guid Insurance, Guid Field)> YearAsync(HttpClient staff, long insurance = 3_000_000)
    {
        var (created, report) = await staff.PostJsonAsync("/api/budget/years", new
        {
            year = 2026,
            lines = new object[]
            {
                new { category = "기타보상금", name = "서울시민모니터 활동 상해비", purpose = "InjuryInsurance", amount = insurance },
                new { category = "행사실비보상금", name = "서울시민모니터 현장 활동비", purpose = "FieldActivity", amount = 51_100_000 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Guid Line(string purpose) => report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("purpose").GetString() == purpose).GetProperty("id").GetGuid();
        return (Line("InjuryInsurance"), Line("FieldActivity"));
    }

    private static object Invoice(Guid line, object? amount = null, string policy = "LA-2026-000123", string start = "2026-03-01", string end = "2027-02-28") =>
        new { budgetLineId = line, insurer = "한화손해보험", policyNumber = policy, periodStart = start, periodEnd = end, amount = amount ?? 2_400_000 };

    [Fact]
    public async Task Premium_StaffRecordsPaysAndCancels_LineAndReportFollow()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (line, _) = await YearAsync(staff);

        var (recorded, premium) = await staff.PostJsonAsync("/api/insurance/premiums", Invoice(line));
        var id = premium.GetProperty("id").GetGuid();
        var (read, _) = await staff.GetJsonAsync($"/api/insurance/premiums/{id}");
        var (paid, paidBody) = await staff.PostJsonAsync($"/api/insurance/premiums/{id}/paid", new { reference = "재무과 이체 2026-0301" });
        var (second, secondBody) = await staff.PostJsonAsync("/api/insurance/premiums", Invoice(line, 300_000, "LA-2026-000124"));
        var (cancelled, cancelledBody) = await staff.PostJsonAsync($"/api/insurance/premiums/{secondBody.GetProperty("id").GetGuid()}/cancel", new { reason = "중복 청구" });
        var (listed, list) = await staff.GetJsonAsync("/api/insurance/premiums?year=2026");
        var (_, report) = await staff.GetJsonAsync("/api/budget/years/2026/report");

        Assert.Equal((HttpStatusCode.Created, "Recorded"), (recorded.StatusCode, premium.GetProperty("state").GetString()));
        Assert.Equal($"/api/insurance/premiums/{id:D}", recorded.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "Paid", "재무과 이체 2026-0301"), (paid.StatusCode, paidBody.GetProperty("state").GetString(), paidBody.GetProperty("paymentReference").GetString()));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "Cancelled"), (cancelled.StatusCode, cancelledBody.GetProperty("state").GetString()));
        Assert.Equal((HttpStatusCode.OK, 2), (listed.StatusCode, list.GetArrayLength()));
        var insuranceLine = report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == line);
        Assert.Equal((0L, 2_400_000L), (insuranceLine.GetProperty("committed").GetInt64(), insuranceLine.GetProperty("paid").GetInt64()));
        var premiums = report.GetProperty("premiums");
        Assert.Equal((1, 2_400_000L, 1, 300_000L), (premiums.GetProperty("paid").GetInt32(), premiums.GetProperty("paidAmount").GetInt64(),
            premiums.GetProperty("cancelled").GetInt32(), premiums.GetProperty("cancelledAmount").GetInt64()));
    }

    [Fact]
    public async Task Premium_BadInputAndWrongRoles_ClearProblemsNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (line, field) = await YearAsync(staff, insurance: 1_000_000);

        var cases = new (object? Body, HttpStatusCode Status, string Code)[]
        {
            (null, HttpStatusCode.BadRequest, "insurance.premium.budget_line_id.required"),
            (new { budgetLineId = line }, HttpStatusCode.BadRequest, "insurance.premium.amount.required"),
            (new { budgetLineId = "not-a-guid", amount = 1000 }, HttpStatusCode.BadRequest, "request.malformed"),
            (new { budgetLineId = line, amount = "lots" }, HttpStatusCode.BadRequest, "request.malformed"),
            (Invoice(line, 99_999_999_999L), HttpStatusCode.BadRequest, "insurance.premium.amount.invalid"),
            (Invoice(line, -5), HttpStatusCode.BadRequest, "insurance.premium.amount.invalid"),
            (Invoice(line, start: "2026-02-30"), HttpStatusCode.BadRequest, "insurance.premium.period.invalid"),
            (Invoice(line, start: "2025-12-31", end: "2026-12-30"), HttpStatusCode.BadRequest, "insurance.premium.period.outside_year"),
            (Invoice(line, policy: "<script>"), HttpStatusCode.BadRequest, "insurance.premium.policy_number.invalid"),
            (Invoice(field), HttpStatusCode.Conflict, "budget.wrong_purpose"),
            (Invoice(Guid.NewGuid()), HttpStatusCode.NotFound, "budget.line_not_found"),
            (Invoice(line, 1_000_001), HttpStatusCode.Conflict, "budget.overdrawn"),
        };
        foreach (var (body, status, code) in cases)
        {
            var (response, problem) = await staff.PostJsonAsync("/api/insurance/premiums", body);
            Assert.True((status, code) == (response.StatusCode, problem.Code()), $"{JsonSerializer.Serialize(body)}: {response.StatusCode} {problem.Code()}");
        }

        using var monitor = app.CreateMonitorClient(Guid.NewGuid());
        using var department = app.CreateDepartmentClient();
        var (byMonitor, monitorProblem) = await monitor.PostJsonAsync("/api/insurance/premiums", Invoice(line));
        var (byDepartment, departmentProblem) = await department.GetJsonAsync("/api/insurance/premiums?year=2026");
        var (noYear, noYearProblem) = await staff.GetJsonAsync("/api/insurance/premiums");
        var (unknown, unknownProblem) = await staff.PostJsonAsync($"/api/insurance/premiums/{Guid.NewGuid()}/paid", new { reference = "이체 1" });
        var (missing, missingProblem) = await staff.GetJsonAsync($"/api/insurance/premiums/{Guid.NewGuid()}");

        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byMonitor.StatusCode, monitorProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byDepartment.StatusCode, departmentProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "insurance.year.required"), (noYear.StatusCode, noYearProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "insurance.premium.not_found"), (unknown.StatusCode, unknownProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "insurance.premium.not_found"), (missing.StatusCode, missingProblem.Code()));
        Assert.Equal(0, await app.QueryDbAsync(db => db.Set<InsurancePremium>().CountAsync(IncentivesHostArrange.Ct)));
        Assert.Equal(0L, await app.QueryDbAsync(db => db.Set<BudgetLine>().Where(l => l.Id == line).Select(l => l.Committed).SingleAsync(IncentivesHostArrange.Ct)));

        var (_, premium) = await staff.PostJsonAsync("/api/insurance/premiums", Invoice(line, 500_000));
        var id = premium.GetProperty("id").GetGuid();
        var (noReference, noReferenceProblem) = await staff.PostJsonAsync($"/api/insurance/premiums/{id}/paid", new { });
        var (noReason, noReasonProblem) = await staff.PostJsonAsync($"/api/insurance/premiums/{id}/cancel");
        Assert.Equal((HttpStatusCode.BadRequest, "insurance.premium.reference.invalid"), (noReference.StatusCode, noReferenceProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "insurance.premium.reason.invalid"), (noReason.StatusCode, noReasonProblem.Code()));
        Assert.Equal("Recorded", (await staff.GetJsonAsync($"/api/insurance/premiums/{id}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task CloseYear_WithAnUnsettledRecovery_409NamingItAndTheYearStaysOpen()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, field) = await YearAsync(staff);
        var now = app.Time.GetUtcNow();
        await app.WithDbAsync(db => db.Add(new Recovery
        {
            Id = Guid.NewGuid(), ReversalId = Guid.NewGuid(), EntryId = Guid.NewGuid(), Year = 2026, MonitorId = Guid.NewGuid(), BudgetLineId = field, Amount = 30_000,
            State = RecoveryState.Due, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        }));

        var (closed, problem) = await staff.PostJsonAsync("/api/budget/years/2026/close");
        var (_, report) = await staff.GetJsonAsync("/api/budget/years/2026/report");

        Assert.Equal((HttpStatusCode.Conflict, "budget.year.recoveries_outstanding"), (closed.StatusCode, problem.Code()));
        Assert.Contains("1 recovery not yet settled (30,000 won)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(report.GetProperty("isClosed").GetBoolean());
        Assert.Equal((1, 30_000L), (report.GetProperty("recoveries").GetProperty("outstanding").GetInt32(), report.GetProperty("recoveries").GetProperty("outstandingAmount").GetInt64()));
    }
}
