using System.Net;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Incentives.IncentivesEndToEndApi;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>Recoveries (환수) and the payout-year rule over HTTP: staff collect, a monitor sees their own, bad input and wrong roles refused.</summary>
public sealed class StipendsRecoveryEndpointsTests
{
    /// <summary>A monitor's 30,000 won entry paid in March, then reversed (the rule drops to 0): one recovery due.</summary>
    private static async Task<(Guid Line, Guid Monitor, string RecoveryId)> RecoveryDueAsync(SeoulMonitorApplication app, HttpClient staff)
    {
        var now = app.Time.GetUtcNow();
        var line = new BudgetLine { Id = Guid.NewGuid(), Year = 2026, Category = "행사실비보상금", Name = "서울시민모니터 현장 활동비", Purpose = BudgetPurpose.FieldActivity, Amount = 1_000_000, Version = Guid.NewGuid() };
        var monitor = new Membership
        {
            Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), State = MembershipState.Active, TermEndsOn = new DateOnly(2027, 12, 31), JoinedAt = now, Name = "김민지",
            Email = "minji@example.kr", Mobile = "01012345678", ProvinceCode = "11", District = "종로구", BirthDate = new DateOnly(1980, 1, 1), UpdatedAt = now, Version = Guid.NewGuid(),
        };
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "보행 환경 모니터링", Purpose = "보도 안전 점검", Department = "보행정책과", Sites = "종로구", Capacity = 10,
            RecruitmentOpensAt = now, RecruitmentClosesAt = now, FieldworkOpensAt = now, FieldworkClosesAt = now, State = MonitoringTaskState.Consolidating,
            CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        await app.WithDbAsync(db =>
        {
            db.AddRange(line, monitor, task, new BudgetYear { Year = 2026 });
            db.Add(new Participation
            {
                Id = Guid.NewGuid(), TaskId = task.Id, MonitorId = monitor.Id, State = ParticipationState.Completed, Sequence = 1, AppliedAt = now, UpdatedAt = now,
                Version = Guid.NewGuid(),
            });
        });
        Ok(await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 30_000, perCommunityActivity = 0 }), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync("/api/stipends/recalculate?year=2026"));
        var entry = Str(Ok(await staff.GetJsonAsync("/api/stipends?year=2026")).Body[0], "id");
        Ok(await staff.PostJsonAsync("/api/stipends/approve", new { ids = new[] { entry } }));
        var batch = Ok(await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-03" }), HttpStatusCode.Created).Body;
        Ok(await staff.PostJsonAsync($"/api/stipends/payouts/{Str(batch, "id")}/paid"));
        Ok(await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 0, perCommunityActivity = 0 }), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync("/api/stipends/recalculate?year=2026"));
        var recovery = Assert.Single(Ok(await staff.GetJsonAsync("/api/stipends/recoveries?year=2026&state=due")).Body.EnumerateArray());
        return (line.Id, monitor.Id, Str(recovery, "id"));
    }

    private static Task<long> PaidAsync(SeoulMonitorApplication app, Guid line) =>
        app.QueryDbAsync(db => db.Set<BudgetLine>().Where(l => l.Id == line).Select(l => l.Paid).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task Collected_StaffWithReference_SettlesOnTheLineMonitorSeesOwnOthersNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (line, monitor, recoveryId) = await RecoveryDueAsync(app, staff);
        using var me = app.CreateMonitorClient(monitor);
        using var someoneElse = app.CreateMonitorClient(Guid.NewGuid());

        var mine = Ok(await me.GetJsonAsync("/api/my/stipends/recoveries")).Body;
        var theirs = Ok(await someoneElse.GetJsonAsync("/api/my/stipends/recoveries")).Body;
        var collected = Ok(await staff.PostJsonAsync($"/api/stipends/recoveries/{recoveryId}/collected", new { reference = "재무과 수납 제12호" })).Body;
        var (again, againProblem) = await staff.PostJsonAsync($"/api/stipends/recoveries/{recoveryId}/collected", new { reference = "재무과 수납 제12호" });
        var check = Ok(await staff.GetJsonAsync("/api/stipends/recoveries/check?year=2026")).Body;

        Assert.Equal((recoveryId, "환수 예정", 30_000L), (Str(Assert.Single(mine.EnumerateArray()), "id"), Str(mine[0], "stateKo"), Won(mine[0], "outstanding")));
        Assert.Equal(0, theirs.GetArrayLength());
        Assert.Equal(("Collected", "환수 완료", 30_000L, "재무과 수납 제12호"), (Str(collected, "state"), Str(collected, "stateKo"), Won(collected, "collected"), Str(collected, "reference")));
        Assert.Equal((HttpStatusCode.Conflict, "stipend_recovery.invalid_transition"), (again.StatusCode, againProblem.Code()));
        Assert.True(check.GetProperty("holds").GetBoolean(), check.GetRawText());
        Assert.Equal(0L, await PaidAsync(app, line));
    }

    [Fact]
    public async Task Collected_BadInputOrWrongRole_ProblemWithStableCodeNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (line, monitor, recoveryId) = await RecoveryDueAsync(app, staff);
        using var me = app.CreateMonitorClient(monitor);
        using var department = app.CreateDepartmentClient();
        var url = $"/api/stipends/recoveries/{recoveryId}/collected";

        var cases = new (HttpClient Client, string Method, string Url, object? Body, HttpStatusCode Status, string Code)[]
        {
            (staff, "POST", url, new { reference = "" }, HttpStatusCode.BadRequest, "stipend.recovery.reference.invalid"),
            (staff, "POST", url, new { reference = new string('가', RecoveryLimits.ReferenceMaxLength + 1) }, HttpStatusCode.BadRequest, "stipend.recovery.reference.invalid"),
            (staff, "POST", url, new { }, HttpStatusCode.BadRequest, "stipend.recovery.reference.invalid"),
            (staff, "POST", $"/api/stipends/recoveries/{Guid.NewGuid()}/collected", new { reference = "영수증 1" }, HttpStatusCode.NotFound, "stipend.recovery.not_found"),
            (staff, "GET", "/api/stipends/recoveries?state=paidback", null, HttpStatusCode.BadRequest, "stipend.recovery.state.invalid"),
            (staff, "GET", "/api/stipends/recoveries?year=1900", null, HttpStatusCode.BadRequest, "stipend.year.invalid"),
            (staff, "GET", "/api/stipends/recoveries/check", null, HttpStatusCode.BadRequest, "stipend.year.required"),
            (me, "POST", url, new { reference = "영수증 1" }, HttpStatusCode.Forbidden, "auth.forbidden"),
            (department, "POST", url, new { reference = "영수증 1" }, HttpStatusCode.Forbidden, "auth.forbidden"),
            (me, "GET", "/api/stipends/recoveries", null, HttpStatusCode.Forbidden, "auth.forbidden"),
            (department, "GET", "/api/my/stipends/recoveries", null, HttpStatusCode.Forbidden, "auth.forbidden"),
        };
        foreach (var (client, method, target, body, status, code) in cases)
        {
            var (response, problem) = method == "GET" ? await client.GetJsonAsync(target) : await client.PostJsonAsync(target, body);
            Assert.True((status, code) == (response.StatusCode, problem.Code()), $"{method} {target}: {response.StatusCode} {problem.GetRawText()}");
        }

        Assert.Equal("Due", Str(Assert.Single(Ok(await staff.GetJsonAsync("/api/stipends/recoveries")).Body.EnumerateArray()), "state"));
        Assert.Equal(30_000L, await PaidAsync(app, line));
    }

    [Fact]
    public async Task Payouts_MonthOfClosedYear_409PayoutYearClosed()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, _, recoveryId) = await RecoveryDueAsync(app, staff);
        var (unsettled, unsettledProblem) = await staff.PostJsonAsync("/api/budget/years/2026/close");
        Ok(await staff.PostJsonAsync($"/api/stipends/recoveries/{recoveryId}/collected", new { reference = "재무과 수납 제12호" }));
        Ok(await staff.PostJsonAsync("/api/budget/years/2026/close"));

        var (closed, closedProblem) = await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-04" });
        var (empty, emptyProblem) = await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2027-01" });

        Assert.Equal((HttpStatusCode.Conflict, "budget.year.recoveries_outstanding"), (unsettled.StatusCode, unsettledProblem.Code()));
        Assert.Equal((HttpStatusCode.Conflict, "stipend.payout_year_closed"), (closed.StatusCode, closedProblem.Code()));
        Assert.Equal("stipend.payout_empty", emptyProblem.Code());
        Assert.NotEqual(HttpStatusCode.InternalServerError, empty.StatusCode);
    }
}
