using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Communities;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>What a department reads of demands, tasks and forms carries no monitor's personal data (G11).</summary>
public sealed class DepartmentFacingOutputTests
{
    [Fact]
    public async Task DepartmentReads_OfACommunityProposal_ContainNoPersonalData()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await host.AddDepartmentAsync();
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var leader = community.LeaderId!.Value;
        string[] personal = ["김민지", "minji.kim@example.com", "01098765432", "010-9876-5432", "세종대로 110"];
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var m = await db.Set<Membership>().SingleAsync(x => x.Id == leader, TestContext.Current.CancellationToken);
            (m.Name, m.Email, m.Mobile) = (personal[0], personal[1], personal[2]);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var proposal = await host.SubmitAsync(Demand() with { CommunityId = community.Id, Department = DepartmentName }, Actor.Monitor(leader));
        await host.RunAsync<DemandScreeningService, Result<DemandView>>((s, ct) => s.SelectAsync(proposal.Id, Staff, ct));
        var task = await host.CreateTaskAsync(TaskRequest(host) with { DemandId = proposal.Id, Title = null, Capacity = null });
        await host.PublishAsync(task.Id);

        var outputs = new List<object>
        {
            (await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.GetAsync(proposal.Id, Officer, ct))).Value,
            (await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) => s.PageAsync(new DemandListQuery(Limit: 100), Officer, ct))).Value.Items,
            (await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, Officer, ct))).Value,
            (await host.RunAsync<TaskQueryService, Result<IReadOnlyList<TaskView>>>((s, ct) => s.ListAsync(new TaskListQuery(), Officer, ct))).Value,
            (await host.RunAsync<TaskFormService, Result<IReadOnlyList<FormVersionView>>>((s, ct) => s.ListAsync(task.Id, Officer, ct))).Value,
        };

        foreach (var output in outputs)
        {
            var json = JsonSerializer.Serialize(output, FormJson.Options);
            Assert.All(personal, p => Assert.DoesNotContain(p, json, StringComparison.Ordinal));
            Assert.DoesNotContain(leader.ToString("D"), json, StringComparison.OrdinalIgnoreCase);
        }
    }
}
