using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>Task setup: every limit at its boundary, the window rule, and the edit rules per state; refusals write nothing.</summary>
public sealed class TaskSetupLimitsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Theory]
    [InlineData(MonitoringLimits.MinCapacity - 1, "task.capacity.out_of_range")]
    [InlineData(MonitoringLimits.MinCapacity, null)]
    [InlineData(MonitoringLimits.MaxCapacity, null)]
    [InlineData(MonitoringLimits.MaxCapacity + 1, "task.capacity.out_of_range")]
    public async Task Create_Capacity_BoundariesHold(int capacity, string? code) =>
        await AssertCreateAsync(TaskRequest(Host) with { Capacity = capacity }, code);

    [Theory]
    [InlineData(MonitoringLimits.TitleMinLength - 1, "task.title.length")]
    [InlineData(MonitoringLimits.TitleMaxLength, null)]
    [InlineData(MonitoringLimits.TitleMaxLength + 1, "task.title.length")]
    public async Task Create_TitleLength_BoundariesHold(int length, string? code) =>
        await AssertCreateAsync(TaskRequest(Host) with { Title = new string('과', length) }, code);

    [Fact]
    public async Task Create_MissingOrUnknownFields_EachHasItsCode()
    {
        await AssertCreateAsync(TaskRequest(Host) with { Title = null }, "task.title.required");
        await AssertCreateAsync(TaskRequest(Host) with { Purpose = " " }, "task.purpose.required");
        await AssertCreateAsync(TaskRequest(Host) with { Purpose = new string('p', MonitoringLimits.TextMaxLength + 1) }, "task.purpose.too_long");
        await AssertCreateAsync(TaskRequest(Host) with { Sites = null }, "task.sites.required");
        await AssertCreateAsync(TaskRequest(Host) with { Sites = new string('s', MonitoringLimits.SitesMaxLength + 1) }, "task.sites.too_long");
        await AssertCreateAsync(TaskRequest(Host) with { Department = null }, "task.department.required");
        await AssertCreateAsync(TaskRequest(Host) with { Department = "없는부서" }, "task.department.unknown");
        await AssertCreateAsync(TaskRequest(Host) with { Capacity = null }, "task.capacity.required");
        await AssertCreateAsync(TaskRequest(Host) with { SelectionMethod = "random" }, "task.selection_method.invalid");
        await AssertCreateAsync(TaskRequest(Host) with { LotterySeed = 42 }, "task.lottery_seed.not_allowed");
        await AssertCreateAsync(TaskRequest(Host) with { RequiredTrainingSessionIds = [Guid.NewGuid()] }, "task.required_training.not_found");
        var twice = Guid.NewGuid();
        await AssertCreateAsync(TaskRequest(Host) with { RequiredTrainingSessionIds = [twice, twice] }, "task.required_training.duplicate");
        await AssertCreateAsync(TaskRequest(Host) with
        {
            RequiredTrainingSessionIds = [.. Enumerable.Range(0, MonitoringTaskLimits.MaxRequiredTrainingSessions + 1).Select(_ => Guid.NewGuid())],
        }, "task.required_training.too_many");
    }

    [Fact]
    public async Task Create_Windows_FollowTheRule()
    {
        var r = TaskRequest(Host);
        await AssertCreateAsync(r with { RecruitmentOpensAt = "2026-02-30T09:00:00+09:00" }, "task.recruitment_opens_at.invalid");
        await AssertCreateAsync(r with { RecruitmentClosesAt = "tomorrow" }, "task.recruitment_closes_at.invalid");
        await AssertCreateAsync(r with { FieldworkOpensAt = "2026-04-01T09:00:00" }, "task.fieldwork_opens_at.invalid");
        await AssertCreateAsync(r with { FieldworkClosesAt = null }, "task.fieldwork_closes_at.invalid");
        await AssertCreateAsync(r with { RecruitmentClosesAt = r.RecruitmentOpensAt }, "task.windows.recruitment_order");
        await AssertCreateAsync(r with { FieldworkOpensAt = Iso(DateTimeOffset.Parse(r.RecruitmentClosesAt!, null).AddSeconds(-1)) },
            "task.windows.fieldwork_before_recruitment_closes");
        await AssertCreateAsync(r with { FieldworkOpensAt = r.RecruitmentClosesAt }, null);
        await AssertCreateAsync(r with { FieldworkClosesAt = r.FieldworkOpensAt }, "task.windows.fieldwork_order");
        var opens = DateTimeOffset.Parse(r.RecruitmentOpensAt!, null);
        await AssertCreateAsync(r with { FieldworkClosesAt = Iso(opens + MonitoringTaskLimits.MaxSpan) }, null);
        await AssertCreateAsync(r with { FieldworkClosesAt = Iso(opens + MonitoringTaskLimits.MaxSpan + TimeSpan.FromSeconds(1)) }, "task.windows.too_long");
    }

    [Fact]
    public async Task Create_Districts_ValidatedAgainstSeoulAndNormalised()
    {
        await AssertCreateAsync(TaskRequest(Host) with { EligibleDistricts = ["해운대구"] }, "task.eligible_districts.unknown");
        await AssertCreateAsync(TaskRequest(Host) with { EligibleDistricts = ["종로구", "Jongno-gu"] }, "task.eligible_districts.duplicate");
        await AssertCreateAsync(TaskRequest(Host) with { EligibleDistricts = [.. Enumerable.Repeat("종로구", MonitoringTaskLimits.MaxEligibleDistricts + 1)] },
            "task.eligible_districts.too_many");
        await Host.EnsureDepartmentAsync();

        var task = await Host.CreateTaskAsync(TaskRequest(Host) with { EligibleDistricts = ["jongno-gu", "마포구"] });

        Assert.Equal(["종로구", "마포구"], task.EligibleDistricts);
    }

    [Fact]
    public async Task Create_LotteryWithoutSeed_DrawsAndRecordsOne_YearIsSeoulYearOfFieldworkStart()
    {
        await Host.EnsureDepartmentAsync();
        var r = TaskRequest(Host);

        var drawn = await Host.CreateTaskAsync(r with { SelectionMethod = "lottery" });
        var given = await Host.CreateTaskAsync(r with { SelectionMethod = "Lottery", LotterySeed = 20260302 });
        var newYear = await Host.CreateTaskAsync(r with
        {
            FieldworkOpensAt = "2026-12-31T15:00:00Z", FieldworkClosesAt = "2027-01-10T00:00:00+09:00",
        });

        Assert.Equal(SelectionMethod.Lottery, drawn.SelectionMethod);
        Assert.NotNull(drawn.LotterySeed);
        Assert.Equal(20260302, given.LotterySeed);
        Assert.Equal(("Lottery", "추첨"), (given.SelectionMethodName, given.SelectionMethodNameKo));
        Assert.Equal(2027, newYear.Year);
    }

    [Fact]
    public async Task Update_WhilePlanned_AnyField_WhileRecruiting_OnlyWindowsAndMoreSeats_LaterNothing()
    {
        await Host.EnsureDepartmentAsync();
        var task = await Host.CreateTaskAsync();
        await Host.PublishAsync(task.Id);
        Task<Result<TaskView>> Update(UpdateTaskRequest r) => Host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) => s.UpdateAsync(task.Id, r, Staff, ct));

        var planned = await Update(new UpdateTaskRequest(Title: "새 제목", Capacity: 10, SelectionMethod: "Lottery"));
        await Host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.OpenRecruitmentAsync(task.Id, Staff, ct));
        var audit = await Host.AuditCountAsync();
        var title = await Update(new UpdateTaskRequest(Title: "또 다른 제목"));
        var fewer = await Update(new UpdateTaskRequest(Capacity: 9));
        var later = DateTimeOffset.Parse(TaskRequest(Host).FieldworkClosesAt!, null).AddDays(3);
        var more = await Update(new UpdateTaskRequest(Capacity: 12, FieldworkClosesAt: Iso(later)));
        await Host.SetTaskStateAsync(task.Id, MonitoringTaskState.FieldworkOpen);
        var closed = await Update(new UpdateTaskRequest(Capacity: 20));

        Assert.Equal(("새 제목", 10, SelectionMethod.Lottery), (planned.Value.Title, planned.Value.Capacity, planned.Value.SelectionMethod));
        Assert.NotNull(planned.Value.LotterySeed);
        Assert.Equal(("task.field_locked", "title"), (title.Error?.Code, title.Error?.Field));
        Assert.Equal("task.capacity.decrease_while_recruiting", fewer.Error?.Code);
        Assert.Equal((12, later), (more.Value.Capacity, more.Value.FieldworkClosesAt));
        Assert.Equal(audit + 1, await Host.AuditCountAsync());
        Assert.Equal("task.not_editable", closed.Error?.Code);
    }

    [Fact]
    public async Task Lists_PageLimits_BoundariesHold()
    {
        Task<Result<TaskPage>> List(int limit) =>
            Host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(Limit: limit), Staff, ct));

        Assert.Equal("page.limit.out_of_range", (await List(0)).Error?.Code);
        Assert.True((await List(1)).IsSuccess);
        Assert.True((await List(MonitoringTaskLimits.MaxPageSize)).IsSuccess);
        Assert.Equal("page.limit.out_of_range", (await List(MonitoringTaskLimits.MaxPageSize + 1)).Error?.Code);
    }

    [Fact]
    public async Task Cancel_WithoutReason_RefusedAndNothingWritten()
    {
        await Host.EnsureDepartmentAsync();
        var task = await Host.CreateTaskAsync();
        var audit = await Host.AuditCountAsync();

        var blank = await Host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.CancelAsync(task.Id, "  ", Staff, ct));
        var tooLong = await Host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) =>
            s.CancelAsync(task.Id, new string('r', MonitoringLimits.ReasonMaxLength + 1), Staff, ct));
        var notStaff = await Host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.CancelAsync(task.Id, "사유", Officer, ct));

        Assert.Equal("task.reason.required", blank.Error?.Code);
        Assert.Equal("task.reason.too_long", tooLong.Error?.Code);
        Assert.Equal("task.forbidden", notStaff.Error?.Code);
        Assert.Equal(audit, await Host.AuditCountAsync());
    }

    private async Task AssertCreateAsync(CreateTaskRequest request, string? code)
    {
        await Host.EnsureDepartmentAsync();
        var before = await Host.CountAsync<MonitoringTask>();
        var audit = await Host.AuditCountAsync();

        var result = await Host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) => s.CreateAsync(request, Staff, ct));

        if (code is null)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(before + 1, await Host.CountAsync<MonitoringTask>());
        }
        else
        {
            Assert.Equal(code, result.Error?.Code);
            Assert.Equal(before, await Host.CountAsync<MonitoringTask>());
            Assert.Equal(audit, await Host.AuditCountAsync());
        }
    }
}
