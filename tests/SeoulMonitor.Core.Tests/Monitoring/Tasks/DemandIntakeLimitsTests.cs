using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>Demand intake, survey rounds, screening inputs and the department registry: limits, codes, nothing half-written.</summary>
public sealed class DemandIntakeLimitsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Theory]
    [InlineData(MonitoringLimits.MinCapacity - 1, "demand.headcount.out_of_range")]
    [InlineData(MonitoringLimits.MinCapacity, null)]
    [InlineData(MonitoringLimits.MaxCapacity, null)]
    [InlineData(MonitoringLimits.MaxCapacity + 1, "demand.headcount.out_of_range")]
    public async Task Submit_Headcount_BoundariesHold(int headcount, string? code) =>
        await AssertSubmitAsync(Demand() with { Headcount = headcount }, code);

    [Theory]
    [InlineData(MonitoringLimits.TitleMinLength - 1, "demand.title.length")]
    [InlineData(MonitoringLimits.TitleMinLength, null)]
    [InlineData(MonitoringLimits.TitleMaxLength, null)]
    [InlineData(MonitoringLimits.TitleMaxLength + 1, "demand.title.length")]
    public async Task Submit_TitleLength_BoundariesHold(int length, string? code) =>
        await AssertSubmitAsync(Demand() with { Title = new string('수', length) }, code);

    [Theory]
    [InlineData("2026-05-01", "2026-05-01", null)]
    [InlineData("2026-05-02", "2026-05-01", "demand.period.end_before_start")]
    [InlineData("2026-01-01", "2027-01-01", null)]
    [InlineData("2026-01-01", "2027-01-02", "demand.period.too_long")]
    [InlineData("2026-02-30", "2026-03-01", "demand.period_start.invalid")]
    [InlineData("2026-03-01", "31/03/2026", "demand.period_end.invalid")]
    public async Task Submit_Period_StartNotAfterEndWithinLimit(string start, string end, string? code) =>
        await AssertSubmitAsync(Demand() with { PeriodStart = start, PeriodEnd = end }, code);

    [Fact]
    public async Task Submit_MissingOrOversizedFields_EachHasItsCode()
    {
        await AssertSubmitAsync(Demand() with { Title = null }, "demand.title.required");
        await AssertSubmitAsync(Demand() with { Purpose = "" }, "demand.purpose.required");
        await AssertSubmitAsync(Demand() with { Purpose = new string('p', MonitoringLimits.TextMaxLength + 1) }, "demand.purpose.too_long");
        await AssertSubmitAsync(Demand() with { Sites = null }, "demand.sites.required");
        await AssertSubmitAsync(Demand() with { Sites = new string('s', MonitoringLimits.SitesMaxLength + 1) }, "demand.sites.too_long");
        await AssertSubmitAsync(Demand() with { Requirements = new string('r', MonitoringLimits.TextMaxLength + 1) }, "demand.requirements.too_long");
        await AssertSubmitAsync(Demand() with { Headcount = null }, "demand.headcount.required");
        await AssertSubmitAsync(Demand(), "demand.department.unknown", new Actor(ActorKind.Department, "없는과"));
        await AssertSubmitAsync(Demand() with { OnBehalfOfDepartment = true }, "demand.department.required", Staff);
        await AssertSubmitAsync(Demand() with { Department = "없는과" }, "demand.department.unknown", Staff);
        await AssertSubmitAsync(Demand(), "demand.forbidden", Actor.Citizen);
    }

    [Fact]
    public async Task Submit_ByStaff_AdHocOrOnBehalf_SourceFollows()
    {
        await Host.EnsureDepartmentAsync();

        var adHoc = await Host.SubmitAsync(Demand(), Staff);
        var onBehalf = await Host.SubmitAsync(Demand() with { Department = DepartmentName, OnBehalfOfDepartment = true }, Staff);
        var ownDepartment = await Host.SubmitAsync(Demand() with { Department = "다른과" }, Officer);

        Assert.Equal((DemandSource.Staff, null), (adHoc.Source, adHoc.Department));
        Assert.Equal((DemandSource.Department, DepartmentName), (onBehalf.Source, onBehalf.Department));
        Assert.Equal((DemandSource.Department, DepartmentName, "부서"), (ownDepartment.Source, ownDepartment.Department, ownDepartment.SourceNameKo));
    }

    [Fact]
    public async Task Screening_ReasonsRequiredAndBounded_WhoResubmitsWhat()
    {
        await Host.EnsureDepartmentAsync();
        var demand = await Host.SubmitAsync();
        Task<Result<DemandView>> Screen(Func<DemandScreeningService, CancellationToken, Task<Result<DemandView>>> work) =>
            Host.RunAsync<DemandScreeningService, Result<DemandView>>(work);

        var noReason = await Screen((s, ct) => s.RejectAsync(demand.Id, " ", Staff, ct));
        var longReason = await Screen((s, ct) => s.DeferAsync(demand.Id, new string('r', MonitoringLimits.ReasonMaxLength + 1), Staff, ct));
        var noMissing = await Screen((s, ct) => s.ReturnForInfoAsync(demand.Id, null, Staff, ct));
        var bySelf = await Screen((s, ct) => s.SelectAsync(demand.Id, Officer, ct));
        await Screen((s, ct) => s.ReturnForInfoAsync(demand.Id, "대상 역 목록", Staff, ct));
        var reopenReturned = await Screen((s, ct) => s.ReopenAsync(demand.Id, Staff, ct));
        var badEdit = await Screen((s, ct) => s.ResubmitAsync(demand.Id, new ReviseDemandRequest(Headcount: 0), Officer, ct));
        var resubmitted = await Screen((s, ct) => s.ResubmitAsync(demand.Id, new ReviseDemandRequest(Sites: "시청역\n을지로입구역", Headcount: 30), Officer, ct));
        await Screen((s, ct) => s.DeferAsync(demand.Id, "하반기", Staff, ct));
        var resubmitDeferred = await Screen((s, ct) => s.ResubmitAsync(demand.Id, null, Officer, ct));

        Assert.Equal("demand.reason.required", noReason.Error?.Code);
        Assert.Equal("demand.reason.too_long", longReason.Error?.Code);
        Assert.Equal("demand.reason.required", noMissing.Error?.Code);
        Assert.Equal("demand.forbidden", bySelf.Error?.Code);
        Assert.Equal("demand.returned_resubmitted_by_requester", reopenReturned.Error?.Code);
        Assert.Equal("demand.headcount.out_of_range", badEdit.Error?.Code);
        Assert.Equal((DemandState.Submitted, "시청역\n을지로입구역", 30, null), (resubmitted.Value.State, resubmitted.Value.Sites, resubmitted.Value.Headcount, resubmitted.Value.StateReason));
        Assert.Equal(demand.Title, resubmitted.Value.Title);
        Assert.Equal("demand.deferred_reopened_by_staff", resubmitDeferred.Error?.Code);
    }

    [Fact]
    public async Task CreateRound_Inputs_EachHasItsCode()
    {
        var now = Host.Time.GetUtcNow();
        var (opens, closes) = (Iso(now.AddDays(1)), Iso(now.AddDays(10)));
        async Task<string?> Create(CreateDemandRoundRequest r) =>
            (await Host.RunAsync<DemandRoundService, Result<DemandRoundView>>((s, ct) => s.CreateAsync(r, Staff, ct))).Error?.Code;

        Assert.Equal("demand_round.year.out_of_range", await Create(new(DemandLimits.MinRoundYear - 1, "수요조사", opens, closes)));
        Assert.Equal("demand_round.year.out_of_range", await Create(new(DemandLimits.MaxRoundYear + 1, "수요조사", opens, closes)));
        Assert.Equal("demand_round.title.length", await Create(new(2027, "수", opens, closes)));
        Assert.Equal("demand_round.opens_at.invalid", await Create(new(2027, "수요조사", "soon", closes)));
        Assert.Equal("demand_round.closes_at.invalid", await Create(new(2027, "수요조사", opens, null)));
        Assert.Equal("demand_round.window.invalid", await Create(new(2027, "수요조사", closes, opens)));
        Assert.Equal("demand_round.window.invalid", await Create(new(2027, "수요조사", opens, Iso(now.AddDays(1) + DemandLimits.MaxRoundLength + TimeSpan.FromSeconds(1)))));
        Assert.Null(await Create(new(2027, "수요조사", opens, Iso(now.AddDays(1) + DemandLimits.MaxRoundLength))));
        Assert.Equal("demand.forbidden", (await Host.RunAsync<DemandRoundService, Result<DemandRoundView>>((s, ct) =>
            s.CreateAsync(new(2027, "수요조사", opens, closes), Officer, ct))).Error?.Code);
    }

    [Fact]
    public async Task Department_NameAndContact_Validated()
    {
        async Task<string?> Register(string? name, string? email) =>
            (await Host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.RegisterAsync(new(name, email), Staff, ct))).Error?.Code;

        Assert.Equal("department.name.required", await Register(" ", null));
        Assert.Equal("department.name.invalid", await Register(new string('과', MonitoringLimits.DepartmentMaxLength + 1), null));
        Assert.Equal("department.contact_email.invalid", await Register("감사담당관", "not-an-address"));
        Assert.Null(await Register(new string('과', MonitoringLimits.DepartmentMaxLength), null));
        var registered = await Host.AddDepartmentAsync("감사담당관", null);
        Assert.Equal("department.forbidden", (await Host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) =>
            s.RegisterAsync(new("홍보기획관", null), Officer, ct))).Error?.Code);

        var changed = await Host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.ChangeContactAsync(registered.Id, " Audit@Seoul.GO.KR ", Staff, ct));
        var bad = await Host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.ChangeContactAsync(registered.Id, "a@b", Staff, ct));
        var missing = await Host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.ChangeContactAsync(Guid.NewGuid(), null, Staff, ct));

        Assert.Equal("Audit@seoul.go.kr", changed.Value.ContactEmail);
        Assert.Equal(("department.contact_email.invalid", "contactEmail"), (bad.Error?.Code, bad.Error?.Field));
        Assert.Equal("department.not_found", missing.Error?.Code);
    }

    private async Task AssertSubmitAsync(SubmitDemandRequest request, string? code, Actor? actor = null)
    {
        await Host.EnsureDepartmentAsync();
        var before = await Host.CountAsync<TaskDemand>();
        var audit = await Host.AuditCountAsync();

        var result = await Host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(request, actor ?? Officer, ct));

        if (code is null)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(before + 1, await Host.CountAsync<TaskDemand>());
        }
        else
        {
            Assert.Equal(code, result.Error?.Code);
            Assert.Equal(before, await Host.CountAsync<TaskDemand>());
            Assert.Equal(audit, await Host.AuditCountAsync());
        }
    }
}
