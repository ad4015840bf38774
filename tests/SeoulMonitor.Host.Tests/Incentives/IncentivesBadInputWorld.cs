using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>
/// Real records for the incentives bad-input battery: the loaded budget and a 2026 year, calculated stipends, an open
/// award cycle, an adviser with a planned consultation, a community with a reported activity, a roster and a claim.
/// </summary>
internal sealed class IncentivesBadInputWorld
{
    private readonly Dictionary<string, HttpClient> _clients;
    private readonly Dictionary<string, Guid> _ids;
    private readonly SeoulMonitorApplication _app;

    private IncentivesBadInputWorld(SeoulMonitorApplication app, Dictionary<string, HttpClient> clients, Dictionary<string, Guid> ids)
    {
        _app = app;
        _clients = clients;
        _ids = ids;
    }

    public HttpClient Client(string caller) => _clients[caller];

    public static async Task<IncentivesBadInputWorld> CreateAsync(SeoulMonitorApplication app)
    {
        var staff = app.CreateStaffClient();
        Assert.Equal(StatusCodes.Status200OK, (int)(await staff.PostJsonAsync("/api/budget/load")).Response.StatusCode);
        var (year, created) = await staff.PostJsonAsync("/api/budget/years", new
        {
            year = 2026,
            lines = new[]
            {
                new { category = "행사실비보상금", name = "현장 활동비", purpose = "FieldActivity", amount = 50_000_000 },
                new { category = "사무관리비", name = "전문가 자문 등", purpose = "ExpertAdvice", amount = 4_000_000 },
            },
        });
        Assert.Equal(StatusCodes.Status201Created, (int)year.StatusCode);
        _ = created;
        var advisoryLine = await app.QueryDbAsync(db => db.Set<BudgetLine>().Where(l => l.Year == 2026 && l.Purpose == BudgetPurpose.ExpertAdvice)
            .Select(l => l.Id).SingleAsync(IncentivesHostArrange.Ct));
        var closed = await app.AddTaskAsync(MonitoringTaskState.Closed);
        var monitor = await app.AddParticipantAsync(closed.Id, 1, approved: 2);
        await app.AddParticipantAsync(closed.Id, 2);
        await app.WithDbAsync(async db =>
        {
            foreach (var p in await db.Set<SeoulMonitor.Core.Monitoring.Recruitment.Participation>().Where(p => p.TaskId == closed.Id).ToListAsync(IncentivesHostArrange.Ct))
            {
                p.State = SeoulMonitor.Core.Monitoring.Recruitment.ParticipationState.Completed;
            }
        });
        var rosterTask = await app.AddTaskAsync(MonitoringTaskState.RecruitmentClosed);
        await app.AddParticipantAsync(rosterTask.Id, 3);
        await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 30_000, perCommunityActivity = 100_000 });
        await staff.PostJsonAsync("/api/stipends/recalculate?year=2026");
        var entry = await app.QueryDbAsync(db => db.Set<StipendEntry>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(IncentivesHostArrange.Ct));
        var (_, batch) = await staff.PostJsonAsync("/api/stipends/approve", new { ids = new[] { entry } });
        var (exported, payout) = await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-03" });
        await staff.PostJsonAsync("/api/awards/cycles", new { year = 2026, monitorAwards = 1, communityAwards = 1 });
        var (_, adviser) = await staff.PostJsonAsync("/api/advisers", new { name = "김도시", field = "도시계획" });
        var (_, consultation) = await staff.PostJsonAsync("/api/consultations", new
        {
            adviserId = adviser.IdOf(), topic = "자문", heldOn = "2026-03-02", allowance = 250_000, budgetLineId = advisoryLine,
        });
        await staff.PostJsonAsync($"/api/tasks/{rosterTask.Id:D}/insurance/roster");
        var rosterMonitor = await app.QueryDbAsync(db => db.Set<SeoulMonitor.Core.Monitoring.Recruitment.Participation>()
            .Where(p => p.TaskId == rosterTask.Id).OrderBy(p => p.Id).Select(p => p.MonitorId).FirstAsync(IncentivesHostArrange.Ct));
        app.Time.SetUtcNow(rosterTask.FieldworkOpensAt.AddDays(1));
        var (_, claim) = await staff.PostJsonAsync("/api/insurance/claims", new
        {
            taskId = rosterTask.Id, monitorId = rosterMonitor, incidentAt = rosterTask.FieldworkOpensAt.AddHours(1), description = "넘어짐",
        });
        var community = Guid.NewGuid();
        await app.WithDbAsync(db =>
        {
            var now = app.Time.GetUtcNow();
            db.Add(new Community
            {
                Id = community, Name = "종로 걷기 모임", NormalizedName = "종로걷기모임", Description = "보행 점검", State = CommunityState.Active, FounderId = monitor,
                LeaderId = monitor, MemberCount = 4, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            });
        });
        var leader = app.CreateClient([Roles.CommunityLeader, Roles.Monitor], monitor);
        var today = SeoulCalendar.Today(app.Time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (_, activity) = await leader.PostJsonAsync($"/api/communities/{community:D}/activities", new { title = "보도 점검 산책", heldOn = today, attendees = 3 });
        var clients = new Dictionary<string, HttpClient>
        {
            [Callers.Staff] = staff,
            [Callers.Department] = app.CreateDepartmentClient(),
            [Callers.Monitor] = app.CreateMonitorClient(monitor),
            [Callers.CommunityLeader] = leader,
        };
        var ids = new Dictionary<string, Guid>
        {
            ["entry"] = entry, ["payout"] = exported.IsSuccessStatusCode ? payout.IdOf() : Guid.NewGuid(),
            ["adviser"] = adviser.IdOf(), ["consultation"] = consultation.IdOf(),
            ["claim"] = claim.IdOf(), ["rosterTask"] = rosterTask.Id, ["community"] = community,
            ["activity"] = activity.IdOf(), ["line"] = advisoryLine,
        };
        _ = batch;
        return new IncentivesBadInputWorld(app, clients, ids);
    }

    /// <summary>What a refused request must not change: the audit chain's length and the money on the lines.</summary>
    public Task<(int Audit, long Committed, long Paid, int Entries)> StateAsync() =>
        _app.QueryDbAsync(async db => (
            await db.Set<AuditEntry>().CountAsync(IncentivesHostArrange.Ct),
            await db.Set<BudgetLine>().SumAsync(l => l.Committed, IncentivesHostArrange.Ct),
            await db.Set<BudgetLine>().SumAsync(l => l.Paid, IncentivesHostArrange.Ct),
            await db.Set<StipendEntry>().CountAsync(IncentivesHostArrange.Ct)));

    /// <summary>The route with real ids (and a made-up one) in its parameters.</summary>
    public IEnumerable<string> Urls(string route)
    {
        var ids = route switch
        {
            _ when route.StartsWith("/api/stipends/payouts/", StringComparison.Ordinal) => [_ids["payout"], Guid.NewGuid()],
            _ when route.StartsWith("/api/stipends/", StringComparison.Ordinal) => [_ids["entry"], Guid.NewGuid()],
            _ when route.StartsWith("/api/advisers/", StringComparison.Ordinal) => [_ids["adviser"], Guid.NewGuid()],
            _ when route.StartsWith("/api/consultations/", StringComparison.Ordinal) => [_ids["consultation"], Guid.NewGuid()],
            _ when route.StartsWith("/api/insurance/claims/", StringComparison.Ordinal) => [_ids["claim"], Guid.NewGuid()],
            _ when route.StartsWith("/api/tasks/", StringComparison.Ordinal) => [_ids["rosterTask"], Guid.NewGuid()],
            _ when route.StartsWith("/api/communities/", StringComparison.Ordinal) => [_ids["community"], Guid.NewGuid()],
            _ when route.StartsWith("/api/community-activities/", StringComparison.Ordinal) => [_ids["activity"], Guid.NewGuid()],
            _ when route.StartsWith("/api/budget/lines/", StringComparison.Ordinal) => [_ids["line"], Guid.NewGuid()],
            _ => new[] { Guid.NewGuid() },
        };
        string[] years = route.Contains("{year:int}", StringComparison.Ordinal) ? ["2026", "2015", "0", "2147483647", "-1"] : ["x"];
        foreach (var id in ids)
        {
            foreach (var year in years)
            {
                yield return route.Replace("{id:guid}", id.ToString("D"), StringComparison.Ordinal)
                    .Replace("{year:int}", year, StringComparison.Ordinal);
            }

            if (!route.Contains("{id:guid}", StringComparison.Ordinal))
            {
                yield break;
            }
        }
    }
}

/// <summary>The <c>id</c> of a created record, or a failure that shows the answer.</summary>
internal static class IncentivesBadInputJson
{
    public static Guid IdOf(this System.Text.Json.JsonElement body) =>
        body.ValueKind == System.Text.Json.JsonValueKind.Object && body.TryGetProperty("id", out var id) ? id.GetGuid() : throw new InvalidOperationException("No id in " + body);
}
