using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Incentives.IncentivesEndToEndApi;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>
/// The whole incentives loop through the HTTP API of the real host, on its fake clock: the budget, stipend rules, a task
/// whose three monitors are approved and a verified community activity, recalculation (idempotent), role scoping,
/// an overdraft refused then approved, monthly payouts with their bank file, a reversal of paid entries netted in the
/// next month, the year closed, the award cycle, an adviser's allowance and the injury-insurance roster and claim;
/// at the end the ledger checks hold and the audit chain verifies.
/// </summary>
public sealed class IncentivesEndToEndTests
{
    [Fact]
    public async Task IncentivesLoop_BudgetToAwards_EveryStepOverHttpAndTheLedgerBalances()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(Department);
        var api = new IncentivesEndToEndApi(app, staff);

        // The budget: the historical file (2015: 278,792 thousand won over eight lines), then this year's lines.
        Ok(await staff.PostJsonAsync("/api/budget/load"));
        var history = Ok(await staff.GetJsonAsync("/api/budget/years/2015/report")).Body;
        Assert.Equal((8, 278_792_000L), (history.GetProperty("lines").GetArrayLength(), Won(history.GetProperty("totals"), "amount")));
        Ok(await staff.PostJsonAsync("/api/budget/years", new
        {
            year = 2026,
            lines = new[]
            {
                new { category = "행사실비보상금", name = "서울시민모니터 현장 활동비", purpose = "FieldActivity", amount = 100_000 },
                new { category = "사무관리비", name = "전문가 자문 등", purpose = "ExpertAdvice", amount = 1_000_000 },
            },
        }), HttpStatusCode.Created);
        var (fieldLine, adviceLine) = (await LineAsync(staff, "FieldActivity"), await LineAsync(staff, "ExpertAdvice"));

        // A task with three monitors; the injury roster is drawn for its fieldwork window and a claim filed inside it.
        var monitors = await api.MembersAsync(3);
        var phones = monitors.Select(app.CreateMonitorClient).ToList();
        var task = await api.TaskInFieldworkAsync(phones);
        var taskId = Str(task, "id");
        var roster = Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/insurance/roster")).Body;
        Assert.Equal(3, roster.GetProperty("memberCount").GetInt32());
        var claim = Ok(await staff.PostJsonAsync("/api/insurance/claims", new
        {
            taskId, monitorId = monitors[1], incidentAt = app.Time.GetUtcNow().AddMinutes(-30), description = "보도 턱에 걸려 넘어짐",
        }), HttpStatusCode.Created).Body;
        Assert.Equal(monitors[1].ToString("D"), Str(claim, "monitorId"));
        await api.SubmitApproveAndCloseAsync(taskId, phones);
        using var leader = app.CreateClient([Roles.CommunityLeader, Roles.Monitor], monitors[0]);
        var (communityId, _) = await api.CommunityActivityAsync(leader);

        // Rules: the year's and the task's; recalculated twice (no duplicates).
        Ok(await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 30_000, perCommunityActivity = 100_000 }), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, taskId, perParticipation = 40_000, perCommunityActivity = 0 }), HttpStatusCode.Created);
        var first = Ok(await staff.PostJsonAsync("/api/stipends/recalculate?year=2026")).Body;
        var second = Ok(await staff.PostJsonAsync("/api/stipends/recalculate?year=2026")).Body;
        Assert.Equal((4, 0), (first.GetProperty("created").GetInt32(), second.GetProperty("created").GetInt32()));
        Assert.Equal(4, second.GetProperty("unchanged").GetInt32());
        var entries = Ok(await staff.GetJsonAsync("/api/stipends?year=2026")).Body.EnumerateArray().ToList();
        Assert.Equal((4, 220_000L), (entries.Count, entries.Sum(e => Won(e, "amount"))));
        var ids = entries.Select(e => Str(e, "id")).ToArray();

        // Each monitor sees their own stipends and no one else's.
        for (var i = 0; i < 3; i++)
        {
            var mine = Ok(await phones[i].GetJsonAsync("/api/my/stipends")).Body.GetProperty("entries");
            Assert.Equal((1, 40_000L), (mine.GetArrayLength(), Won(mine[0], "amount")));
            Assert.Equal(monitors[i].ToString("D"), Str(mine[0], "monitorId"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await phones[1].GetJsonAsync($"/api/stipends?monitorId={monitors[0]}")).Response.StatusCode);

        // Wrong roles cannot approve; a line too small refuses all; amended, all are approved.
        foreach (var client in new[] { department, phones[0], leader })
        {
            var (refused, problem) = await client.PostJsonAsync("/api/stipends/approve", new { ids });
            Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (refused.StatusCode, problem.Code()));
        }

        var (overdrawn, overdraft) = await staff.PostJsonAsync("/api/stipends/approve", new { ids });
        Assert.Equal((HttpStatusCode.Conflict, "budget.overdrawn"), (overdrawn.StatusCode, overdraft.Code()));
        Assert.Equal(0, Ok(await staff.GetJsonAsync("/api/stipends?year=2026&state=approved")).Body.GetArrayLength());
        Assert.Equal((0L, 0L), await CommittedPaidAsync(staff, fieldLine));
        Ok(await api.PutJsonAsync($"/api/budget/lines/{fieldLine}", new { amount = 1_000_000 }));
        Assert.Equal(4, Ok(await staff.PostJsonAsync("/api/stipends/approve", new { ids })).Body.GetArrayLength());
        Assert.Equal((220_000L, 0L), await CommittedPaidAsync(staff, fieldLine));

        // April's payout: the bank file keeps the Korean names; paid.
        var april = Ok(await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-04" }), HttpStatusCode.Created).Body;
        Assert.Equal((4, 220_000L, 0L, 220_000L), (april.GetProperty("entryCount").GetInt32(), Won(april, "total"), Won(april, "recovered"), Won(april, "net")));
        var (content, rows) = await api.PayoutFileAsync(Str(april, "id"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        Assert.Equal(["박시민1", "박시민1", "박시민2", "박시민3"], rows.Select(r => r.Name));
        Assert.Contains(rows, r => r.Memo.Contains("마포 걷기 모임", StringComparison.Ordinal) && r.Amount == 100_000);
        Assert.Contains("박시민2", Encoding.UTF8.GetString(content[3..]), StringComparison.Ordinal);
        Assert.Equal("Paid", Str(Ok(await staff.PostJsonAsync($"/api/stipends/payouts/{Str(april, "id")}/paid")).Body, "state"));
        Assert.Equal((0L, 220_000L), await CommittedPaidAsync(staff, fieldLine));

        // The task's rule is raised: the paid entries are reversed, each monitor owes a recovery, netted in May's batch.
        Ok(await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, taskId, perParticipation = 50_000, perCommunityActivity = 0 }), HttpStatusCode.Created);
        var revised = Ok(await staff.PostJsonAsync("/api/stipends/recalculate?year=2026")).Body;
        Assert.Equal((3, 3), (revised.GetProperty("created").GetInt32(), revised.GetProperty("reversed").GetInt32()));
        for (var i = 0; i < 3; i++)
        {
            var due = Assert.Single(Ok(await phones[i].GetJsonAsync("/api/my/stipends/recoveries")).Body.EnumerateArray());
            Assert.Equal((monitors[i].ToString("D"), "Due", "환수 예정", 40_000L), (Str(due, "monitorId"), Str(due, "state"), Str(due, "stateKo"), Won(due, "outstanding")));
        }

        var newIds = Ok(await staff.GetJsonAsync("/api/stipends?year=2026&state=calculated")).Body.EnumerateArray()
            .Where(e => Str(e, "kind") != "Reversal").Select(e => Str(e, "id")).ToArray();
        Assert.Equal(3, Ok(await staff.PostJsonAsync("/api/stipends/approve", new { ids = newIds })).Body.GetArrayLength());
        var may = Ok(await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-05" }), HttpStatusCode.Created).Body;
        Assert.Equal((150_000L, 120_000L, 30_000L), (Won(may, "total"), Won(may, "recovered"), Won(may, "net")));
        var (_, mayRows) = await api.PayoutFileAsync(Str(may, "id"));
        Assert.All(mayRows, r => Assert.Equal((50_000L, 40_000L, 10_000L), (r.Gross, r.Recovered, r.Amount)));
        Ok(await staff.PostJsonAsync($"/api/stipends/payouts/{Str(may, "id")}/paid"));
        Assert.Equal((0L, 250_000L), await CommittedPaidAsync(staff, fieldLine));
        var recoveries = Ok(await staff.GetJsonAsync("/api/stipends/recoveries?year=2026")).Body.EnumerateArray().ToList();
        Assert.All(recoveries, r => Assert.Equal(("Netted", 40_000L, 0L), (Str(r, "state"), Won(r, "settled"), Won(r, "outstanding"))));
        await AssertLedgerHoldsAsync(staff);

        // An adviser's allowance is paid against the advisory line (the consultation was held yesterday).
        var yesterday = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(9).UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var adviser = Ok(await staff.PostJsonAsync("/api/advisers", new { name = "김도시", field = "도시계획", affiliation = "서울연구원", email = "dosi.kim@si.re.kr" }), HttpStatusCode.Created).Body;
        var consultation = Ok(await staff.PostJsonAsync("/api/consultations", new
        {
            adviserId = Str(adviser, "id"), topic = "보행 환경 점검표 자문", heldOn = yesterday, allowance = 250_000, budgetLineId = adviceLine,
        }), HttpStatusCode.Created).Body;
        Ok(await staff.PostJsonAsync($"/api/consultations/{Str(consultation, "id")}/hold"));
        Ok(await staff.PostJsonAsync($"/api/consultations/{Str(consultation, "id")}/pay"));
        Assert.Equal((0L, 250_000L), await CommittedPaidAsync(staff, adviceLine));
        await AssertReportAddsUpAsync(staff, paid: 500_000);

        // The year is closed: no payout, no new commitment, no recalculation.
        Ok(await staff.PostJsonAsync("/api/budget/years/2026/close"));
        var (closedPayout, closedPayoutProblem) = await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-06" });
        var (closedPlan, closedPlanProblem) = await staff.PostJsonAsync("/api/consultations", new
        {
            adviserId = Str(adviser, "id"), topic = "추가 자문", heldOn = yesterday, allowance = 100_000, budgetLineId = adviceLine,
        });
        var (closedRecalc, closedRecalcProblem) = await staff.PostJsonAsync("/api/stipends/recalculate?year=2026");
        Assert.Equal((HttpStatusCode.Conflict, "stipend.payout_year_closed"), (closedPayout.StatusCode, closedPayoutProblem.Code()));
        Assert.Equal((HttpStatusCode.Conflict, "budget.year_closed"), (closedPlan.StatusCode, closedPlanProblem.Code()));
        Assert.Equal((HttpStatusCode.Conflict, "stipend.year_closed"), (closedRecalc.StatusCode, closedRecalcProblem.Code()));
        await AssertReportAddsUpAsync(staff, paid: 500_000);

        // Awards: open, compute, a monitor's own explainable score, review, decide, announce; plaques and invitations.
        await AwardsAsync(app, staff, phones[2], monitors[2], communityId);

        await AssertLedgerHoldsAsync(staff);
        var trail = Ok(await staff.GetJsonAsync($"/api/audit?entityType=stipend_recovery&entityId={Str(recoveries[0], "id")}")).Body;
        Assert.Equal(["Open", "Net"], trail.EnumerateArray().Select(e => Str(e, "event")));
        var verification = Ok(await staff.GetJsonAsync("/api/audit/verify")).Body;
        Assert.True(verification.GetProperty("isIntact").GetBoolean());
        foreach (var phone in phones)
        {
            phone.Dispose();
        }
    }

    private static async Task AwardsAsync(SeoulMonitorApplication app, HttpClient staff, HttpClient phone, Guid monitorId, string communityId)
    {
        Ok(await staff.PostJsonAsync("/api/awards/cycles", new { year = 2026, monitorAwards = 1, communityAwards = 1 }), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync("/api/awards/cycles/2026/compute"));
        var nominations = Ok(await staff.GetJsonAsync("/api/awards/cycles/2026/nominations?purpose=우수%20모니터%20심사")).Body.EnumerateArray().ToList();
        var best = nominations.Where(n => Str(n, "kind") == "Monitor").OrderBy(n => n.GetProperty("rank").GetInt32()).First();
        Assert.All(nominations, n => Assert.Equal(Won(n, "points"), n.GetProperty("parts").EnumerateArray().Sum(p => Won(p, "points"))));
        var score = Ok(await phone.GetJsonAsync("/api/my/award-score?year=2026")).Body;
        Assert.Equal(monitorId.ToString("D"), Str(score, "monitorId"));
        Assert.Equal(Won(score, "points"), score.GetProperty("parts").EnumerateArray().Sum(p => Won(p, "points")));
        Assert.False(string.IsNullOrEmpty(Str(score, "tieBreakRuleKo")));
        Assert.DoesNotContain("박시민1", score.GetRawText(), StringComparison.Ordinal);
        Ok(await staff.PostJsonAsync("/api/awards/cycles/2026/start-review"));
        Ok(await staff.PostJsonAsync("/api/awards/cycles/2026/decide", new { monitorIds = new[] { Str(best, "candidateId") }, communityIds = new[] { communityId } }));
        var announced = Ok(await staff.PostJsonAsync("/api/awards/cycles/2026/announce")).Body;
        Assert.Equal("Announced", Str(announced, "state"));
        var plaques = await app.QueryDbAsync(db => db.Set<Plaque>().Select(p => p.Title).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["2026 우수 시민모니터", "2026 우수 커뮤니티"], plaques.Order(StringComparer.Ordinal));
        var invited = Assert.Single(Ok(await staff.GetJsonAsync("/api/awards/cycles/2026/invitations?purpose=시장과의%20대화%20초청")).Body.EnumerateArray());
        Assert.Equal(Str(best, "name"), Str(invited, "name"));
    }

    private static async Task<string> LineAsync(HttpClient staff, string purpose) =>
        Str(Ok(await staff.GetJsonAsync("/api/budget/years/2026/report")).Body.GetProperty("lines").EnumerateArray().Single(l => Str(l, "purpose") == purpose), "id");

    private static async Task<(long Committed, long Paid)> CommittedPaidAsync(HttpClient staff, string lineId)
    {
        var line = Ok(await staff.GetJsonAsync("/api/budget/years/2026/report")).Body.GetProperty("lines").EnumerateArray().Single(l => Str(l, "id") == lineId);
        Assert.Equal(Won(line, "amount") - Won(line, "committed") - Won(line, "paid"), Won(line, "remaining"));
        return (Won(line, "committed"), Won(line, "paid"));
    }

    private static async Task AssertReportAddsUpAsync(HttpClient staff, long paid)
    {
        var report = Ok(await staff.GetJsonAsync("/api/budget/years/2026/report")).Body;
        var lines = report.GetProperty("lines").EnumerateArray().ToList();
        var totals = report.GetProperty("totals");
        foreach (var field in new[] { "amount", "committed", "paid", "remaining" })
        {
            Assert.Equal(lines.Sum(l => Won(l, field)), Won(totals, field));
        }

        Assert.Equal((2_000_000L, 0L, paid, 2_000_000L - paid), (Won(totals, "amount"), Won(totals, "committed"), Won(totals, "paid"), Won(totals, "remaining")));
    }

    private static async Task AssertLedgerHoldsAsync(HttpClient staff)
    {
        var ledger = Ok(await staff.GetJsonAsync("/api/stipends/check?year=2026")).Body;
        var recoveries = Ok(await staff.GetJsonAsync("/api/stipends/recoveries/check?year=2026")).Body;
        Assert.True(ledger.GetProperty("holds").GetBoolean(), ledger.GetRawText());
        Assert.True(recoveries.GetProperty("holds").GetBoolean(), recoveries.GetRawText());
        var line = Assert.Single(recoveries.GetProperty("lines").EnumerateArray());
        Assert.Equal(Won(line, "paid"), Won(line, "paidEntries") - Won(line, "settledRecoveries"));
    }
}
