using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Demo;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Demo;

public sealed class DemoIncentivesTests
{
    private const long ModelYearTotal = 278_792_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BudgetReport_DemoEnabled_ShowsThisYearsEightLinesWithThePaidStipendsAndAllowance()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();

        var report = await GetAsync(staff, $"/api/budget/years/{ThisYear(app)}/report");
        var model = await GetAsync(staff, $"/api/budget/years/{DemoIncentivesSeeder.ModelYear}/report");

        var lines = report.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(8, lines.Count);
        Assert.Equal(ModelYearTotal, report.GetProperty("totals").GetProperty("amount").GetInt64());
        Assert.Equal(ModelYearTotal, model.GetProperty("totals").GetProperty("amount").GetInt64());
        var field = Line(lines, BudgetPurpose.FieldActivity);
        Assert.Equal(2 * DemoIncentivesSeeder.ReportedTaskPerParticipation, field.GetProperty("paid").GetInt64());
        Assert.Equal(2 * DemoIncentivesSeeder.ReportedTaskPerParticipation, field.GetProperty("committed").GetInt64());
        var advice = Line(lines, BudgetPurpose.ExpertAdvice);
        Assert.Equal((0L, DemoIncentivesSeeder.ConsultationAllowance), (advice.GetProperty("committed").GetInt64(), advice.GetProperty("paid").GetInt64()));
        Assert.Equal((2 * DemoIncentivesSeeder.ReportedTaskPerParticipation) + DemoIncentivesSeeder.ConsultationAllowance,
            report.GetProperty("totals").GetProperty("paid").GetInt64());
    }

    [Fact]
    public async Task Stipends_DemoEnabled_ExistInEveryStateAndTheLedgerHolds()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        var year = ThisYear(app);

        var entries = (await GetAsync(staff, $"/api/stipends?year={year}")).EnumerateArray().ToList();
        var check = await GetAsync(staff, $"/api/stipends/check?year={year}");

        Assert.Equal(
            ["Approved", "Calculated", "Exported", "Held", "Paid", "Paid"],
            entries.Select(e => e.GetProperty("state").GetString()).Order(StringComparer.Ordinal));
        var held = Assert.Single(entries, e => e.GetProperty("state").GetString() == "Held");
        Assert.Equal(DemoIncentivesSeeder.HoldReason, held.GetProperty("reason").GetString());
        Assert.Equal(DemoIncentivesSeeder.PerParticipation, held.GetProperty("amount").GetInt64());
        var expense = Assert.Single(entries, e => e.GetProperty("kind").GetString() == nameof(StipendEntryKind.CommunityActivity));
        Assert.Equal(("Calculated", DemoIncentivesSeeder.PerCommunityActivity), (expense.GetProperty("state").GetString(), expense.GetProperty("amount").GetInt64()));
        var batches = entries.Where(e => e.GetProperty("payoutBatchId").ValueKind == JsonValueKind.String)
            .Select(e => e.GetProperty("payoutBatchId").GetString()).Distinct().ToList();
        Assert.Equal(2, batches.Count);
        Assert.True(check.GetProperty("holds").GetBoolean(), check.ToString());
    }

    [Fact]
    public async Task MyStipends_DemoMonitor_SeesOnlyTheirOwnPaidEntry()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        _ = await staff.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        var first = await MonitorIdAsync(app, 0);
        using var monitor = app.CreateMonitorClient(first);

        var mine = await GetAsync(monitor, "/api/my/stipends");

        var entry = Assert.Single(mine.GetProperty("entries").EnumerateArray());
        Assert.Equal(first, entry.GetProperty("monitorId").GetGuid());
        Assert.Equal(("Paid", DemoIncentivesSeeder.ReportedTaskPerParticipation), (entry.GetProperty("state").GetString(), entry.GetProperty("amount").GetInt64()));
    }

    [Fact]
    public async Task RosterAwardsAndAdvice_DemoEnabled_RosterWithAClaimNominationsInReviewAndAPaidConsultation()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        var year = ThisYear(app);
        var tasks = (await GetAsync(staff, $"/api/tasks?year={year}&state=FieldworkOpen")).EnumerateArray().ToList();
        var fieldwork = Assert.Single(tasks).GetProperty("id").GetGuid();

        var roster = await GetAsync(staff, $"/api/tasks/{fieldwork}/insurance/roster");
        var claims = await GetAsync(staff, $"/api/insurance/claims?year={year}&purpose=demo-check");
        var cycle = await GetAsync(staff, $"/api/awards/cycles/{year}");
        var advice = await GetAsync(staff, $"/api/consultations?year={year}");

        Assert.Equal(4, roster.GetProperty("memberCount").GetInt32());
        Assert.Equal(fieldwork, Assert.Single(claims.EnumerateArray()).GetProperty("taskId").GetGuid());
        Assert.Equal(nameof(AwardCycleState.InReview), cycle.GetProperty("state").GetString());
        Assert.True(cycle.GetProperty("monitorNominations").GetInt32() > 0, cycle.ToString());
        Assert.True(cycle.GetProperty("communityNominations").GetInt32() > 0, cycle.ToString());
        var consultation = Assert.Single(advice.GetProperty("items").EnumerateArray());
        Assert.Equal(nameof(ConsultationState.Paid), consultation.GetProperty("state").GetString());
        Assert.Equal(DemoIncentivesSeeder.ConsultationAllowance, advice.GetProperty("paid").GetInt64());
        var pool = await GetAsync(staff, "/api/advisers?purpose=demo-check");
        Assert.Equal(2, pool.GetArrayLength());
    }

    [Fact]
    public async Task Start_SecondDayOfTheYear_SeedsTheWholeIncentivesDemoInThatYear()
    {
        // Every backdated day (activity, consultation, incident) is clamped to the year's start; the paid batch is January's (a batch takes its month's budget year only).
        await using var app = new SeoulMonitorApplication(demo: true, start: new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero));
        using var staff = app.CreateStaffClient();

        var entries = (await GetAsync(staff, "/api/stipends?year=2027")).EnumerateArray().ToList();
        var advice = await GetAsync(staff, "/api/consultations?year=2027");

        Assert.Equal(6, entries.Count);
        Assert.Equal(2, entries.Count(e => e.GetProperty("state").GetString() == "Paid"));
        Assert.Equal(DemoIncentivesSeeder.ConsultationAllowance, advice.GetProperty("paid").GetInt64());
        Assert.Equal(nameof(AwardCycleState.InReview), (await GetAsync(staff, "/api/awards/cycles/2027")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Restart_SameDatabase_SeedsNothingMore()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        _ = await staff.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        var before = await CountsAsync(app.Services);

        // A second host on the same database file: it runs the start-up seeding again.
        await using var restarted = app.WithWebHostBuilder(_ => { });
        using var again = restarted.CreateClient();
        var ready = await again.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(before, await CountsAsync(restarted.Services));
        Assert.All(before, c => Assert.True(c > 0));
        await using var scope = restarted.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(Ct);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    private static async Task<int[]> CountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return
        [
            await db.Set<BudgetLine>().CountAsync(Ct), await db.Set<StipendRule>().CountAsync(Ct), await db.Set<StipendEntry>().CountAsync(Ct),
            await db.Set<PayoutBatch>().CountAsync(Ct), await db.Set<CommunityActivity>().CountAsync(Ct), await db.Set<CoverageMember>().CountAsync(Ct),
            await db.Set<InsuranceClaim>().CountAsync(Ct), await db.Set<AwardNomination>().CountAsync(Ct), await db.Set<Adviser>().CountAsync(Ct),
            await db.Set<Consultation>().CountAsync(Ct), await db.Set<Membership>().CountAsync(Ct),
        ];
    }

    private static JsonElement Line(List<JsonElement> lines, BudgetPurpose purpose) =>
        Assert.Single(lines, l => l.GetProperty("purpose").GetString() == purpose.ToString());

    private static int ThisYear(SeoulMonitorApplication app) => SeoulCalendar.Today(app.Clock).Year;

    private static async Task<Guid> MonitorIdAsync(SeoulMonitorApplication app, int index)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = DemoPeople.Email(index);
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<Membership>()
            .Where(m => m.Email == email).Select(m => m.Id).SingleAsync(Ct);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
