using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Communities;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>Departments, demands, tasks and forms where the store matters (races, rounds, scoping), on each provider.</summary>
public abstract class TasksStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task RegisterDepartment_TenRaceForOneName_ExactlyOneRegistered()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.RegisterAsync(new(DepartmentName, null), Staff, ct)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("department.name_taken", r.Error!.Code));
        Assert.Equal(1, await host.CountAsync<Department>());
        Assert.Equal(1, await host.AuditCountAsync(DepartmentService.Entity));
    }

    [Fact]
    public async Task CreateTask_FiveRaceFromOneSelectedDemand_OneTaskLinkedBothWays()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var demand = await host.SubmitAsync();
        await host.RunAsync<DemandScreeningService, Result<DemandView>>((s, ct) => s.SelectAsync(demand.Id, Staff, ct));
        var request = TaskRequest(host) with { DemandId = demand.Id, Title = null, Capacity = null };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) => s.CreateAsync(request, Staff, ct)))));

        var created = Assert.Single(results, r => r.IsSuccess).Value;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("demand.task_exists", r.Error!.Code));
        var linked = (await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.GetAsync(demand.Id, Staff, ct))).Value;
        Assert.Equal((created.Id, demand.Id), (linked.TaskId!.Value, created.DemandId!.Value));
        Assert.Equal((demand.Title, demand.Headcount), (created.Title, created.Capacity));
        Assert.Equal(1, await host.CountAsync<MonitoringTask>());
    }

    [Fact]
    public async Task CreateTask_FromUnselectedDemand_RefusedAndNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var demand = await host.SubmitAsync();
        var audit = await host.AuditCountAsync();

        var result = await host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) =>
            s.CreateAsync(TaskRequest(host) with { DemandId = demand.Id }, Staff, ct));
        var missing = await host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) =>
            s.CreateAsync(TaskRequest(host) with { DemandId = Guid.NewGuid() }, Staff, ct));

        Assert.Equal("demand.not_selected", result.Error?.Code);
        Assert.Equal("task.demand_not_found", missing.Error?.Code);
        Assert.Equal(0, await host.CountAsync<MonitoringTask>());
        Assert.Equal(audit, await host.AuditCountAsync());
    }

    [Fact]
    public async Task PublishForm_EightConcurrent_NumbersOneToEightAndCurrentIsLast()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var task = await host.CreateTaskAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            host.RunAsync<TaskFormService, Result<FormVersionView>>((s, ct) => s.PublishAsync(task.Id, Form(), Staff, ct)))));
        var versions = (await host.RunAsync<TaskFormService, Result<IReadOnlyList<FormVersionView>>>((s, ct) => s.ListAsync(task.Id, Staff, ct))).Value;
        var stored = (await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, Staff, ct))).Value;

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(Enumerable.Range(1, 8), versions.Select(v => v.Number));
        Assert.Equal(8, stored.CurrentFormVersion);
        Assert.Single(versions, v => v.IsCurrent);
        Assert.Equal(8, await host.AuditCountAsync(TaskFormService.Entity));
    }

    [Fact]
    public async Task PublishForm_NewVersion_LeavesEarlierVersionUnchanged()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var task = await host.CreateTaskAsync();
        var first = await host.PublishAsync(task.Id);
        var changed = new FormDefinition { Questions = [new FormQuestion { Key = "only", Kind = QuestionKind.ShortText, Label = "새 질문" }] };

        var second = await host.PublishAsync(task.Id, changed);
        var reread = (await host.RunAsync<TaskFormService, Result<FormVersionView>>((s, ct) => s.GetAsync(task.Id, 1, Staff, ct))).Value;
        var none = await host.RunAsync<TaskFormService, Result<FormVersionView>>((s, ct) => s.GetAsync(task.Id, 3, Staff, ct));

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(first.Definition.Questions.Select(q => q.Key), reread.Definition.Questions.Select(q => q.Key));
        Assert.False(reread.IsCurrent);
        Assert.Equal("form.version_not_found", none.Error?.Code);
    }

    [Fact]
    public async Task PublishForm_AfterFieldworkClosed_Refused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var task = await host.CreateTaskAsync();
        await host.SetTaskStateAsync(task.Id, MonitoringTaskState.FieldworkClosed);

        var result = await host.RunAsync<TaskFormService, Result<FormVersionView>>((s, ct) => s.PublishAsync(task.Id, Form(), Staff, ct));

        Assert.Equal("form.task_not_editable", result.Error?.Code);
        Assert.Equal(0, await host.CountAsync<TaskFormVersion>());
    }

    [Fact]
    public async Task Submit_DuringOpenRound_JoinsIt_AfterCloseNamingItIsRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var now = host.Time.GetUtcNow();
        var round = (await host.RunAsync<DemandRoundService, Result<DemandRoundView>>((s, ct) =>
            s.CreateAsync(new CreateDemandRoundRequest(2027, "2027 시민모니터링 과제 수요조사", Iso(now.AddDays(1)), Iso(now.AddDays(15))), Staff, ct))).Value;

        var early = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(Demand() with { SurveyRoundId = round.Id }, Officer, ct));
        var adHocBefore = await host.SubmitAsync();
        host.Time.Advance(TimeSpan.FromDays(1));
        var joined = await host.SubmitAsync();
        host.Time.Advance(TimeSpan.FromDays(14));
        var late = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(Demand() with { SurveyRoundId = round.Id }, Officer, ct));
        var adHocAfter = await host.SubmitAsync();
        var unknown = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(Demand() with { SurveyRoundId = Guid.NewGuid() }, Officer, ct));

        Assert.Equal("demand.round_not_open", early.Error?.Code);
        Assert.Null(adHocBefore.SurveyRoundId);
        Assert.Equal(round.Id, joined.SurveyRoundId);
        Assert.Equal("demand.round_closed", late.Error?.Code);
        Assert.Null(adHocAfter.SurveyRoundId);
        Assert.Equal("demand.round_not_found", unknown.Error?.Code);
        Assert.Equal(3, await host.CountAsync<TaskDemand>());
    }

    [Fact]
    public async Task CommunityProposal_ByActiveLeader_AcceptedAndLeaderToldOutcome()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var leader = community.LeaderId!.Value;
        await SetEmailAsync(host, leader, "leader@example.com");
        var outsider = await host.AddMonitorAsync();
        var proposed = await host.CommunityInStateAsync(CommunityState.Proposed);

        var proposal = await host.SubmitAsync(Demand() with { CommunityId = community.Id, Department = DepartmentName }, Actor.Monitor(leader));
        var notLeader = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) =>
            s.SubmitAsync(Demand() with { CommunityId = community.Id }, Actor.Monitor(outsider), ct));
        var inactive = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) =>
            s.SubmitAsync(Demand() with { CommunityId = proposed.Id }, Actor.Monitor(proposed.FounderId), ct));
        var noCommunity = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(Demand(), Actor.Monitor(leader), ct));
        await host.RunAsync<DemandScreeningService, Result<DemandView>>((s, ct) => s.RejectAsync(proposal.Id, "중복 과제", Staff, ct));

        Assert.Equal((DemandSource.Community, community.Id, DepartmentName), (proposal.Source, proposal.CommunityId!.Value, proposal.Department));
        Assert.Equal("demand.not_community_leader", notLeader.Error?.Code);
        Assert.Equal("demand.community_not_active", inactive.Error?.Code);
        Assert.Equal("demand.community_id.required", noCommunity.Error?.Code);
        var notice = await host.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("leader@example.com", MonitoringNoticeKinds.Screening), (notice.To, notice.Kind));
        Assert.Contains("미선정", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("중복 과제", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_OtherDepartment_SeesNothingOfAnothersDemandsAndTasks()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        await host.AddDepartmentAsync(OtherOfficer.Id, null);
        var demand = await host.SubmitAsync();
        var task = await host.CreateTaskAsync();
        await host.PublishAsync(task.Id);

        var ownDemand = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.GetAsync(demand.Id, Officer, ct));
        var otherDemand = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.GetAsync(demand.Id, OtherOfficer, ct));
        var otherWithdraw = await host.RunAsync<DemandScreeningService, Result<DemandView>>((s, ct) => s.WithdrawAsync(demand.Id, OtherOfficer, ct));
        var otherList = await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) => s.PageAsync(new DemandListQuery(), OtherOfficer, ct));
        var ownTask = await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, Officer, ct));
        var otherTask = await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, OtherOfficer, ct));
        var otherForms = await host.RunAsync<TaskFormService, Result<IReadOnlyList<FormVersionView>>>((s, ct) => s.ListAsync(task.Id, OtherOfficer, ct));
        var otherTasks = await host.RunAsync<TaskQueryService, Result<IReadOnlyList<TaskView>>>((s, ct) =>
            s.ListAsync(new TaskListQuery(Department: DepartmentName), OtherOfficer, ct));
        var monitorPlanned = await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, Actor.Monitor(Guid.NewGuid()), ct));

        Assert.True(ownDemand.IsSuccess);
        Assert.Equal("demand.not_found", otherDemand.Error?.Code);
        Assert.Equal("demand.not_found", otherWithdraw.Error?.Code);
        Assert.Empty(otherList.Value.Items);
        Assert.True(ownTask.IsSuccess);
        Assert.Equal("task.not_found", otherTask.Error?.Code);
        Assert.Equal("task.not_found", otherForms.Error?.Code);
        Assert.Empty(otherTasks.Value);
        Assert.Equal("task.not_found", monitorPlanned.Error?.Code);
    }

    [Fact]
    public async Task OpenRecruitment_WithoutForm_RefusedThenListedForMonitorsOnceOpen()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var task = await host.CreateTaskAsync();

        var refused = await host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.OpenRecruitmentAsync(task.Id, Staff, ct));
        await host.PublishAsync(task.Id);
        var opened = await host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.OpenRecruitmentAsync(task.Id, Staff, ct));
        var open = await host.RunAsync<TaskQueryService, IReadOnlyList<TaskView>>((s, ct) => s.ListOpenForRecruitmentAsync(ct));

        Assert.Equal("task.form_required", refused.Error?.Code);
        Assert.Equal(("Recruiting", "모집 중", 1), (opened.Value.StateName, opened.Value.StateNameKo, opened.Value.CurrentFormVersion));
        Assert.Equal(task.Id, Assert.Single(open).Id);
    }

    private static async Task SetEmailAsync(CoreTestHost host, Guid monitor, string email)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var membership = await db.Set<Membership>().SingleAsync(m => m.Id == monitor, TestContext.Current.CancellationToken);
        membership.Email = email;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class TasksStoreSqliteTests() : TasksStoreContract(StorageProvider.Sqlite);

public sealed class TasksStorePostgresTests() : TasksStoreContract(StorageProvider.PostgreSql);
