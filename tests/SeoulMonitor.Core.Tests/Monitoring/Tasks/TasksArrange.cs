using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>Arranges departments, demands, tasks and forms through the services (states beyond them set directly).</summary>
internal static class TasksArrange
{
    public const string DepartmentName = "시민봉사담당관";
    public const string DepartmentEmail = "civic-service@seoul.go.kr";
    public static readonly Actor Staff = Actor.Staff("staff-park");
    public static readonly Actor Officer = new(ActorKind.Department, DepartmentName);
    public static readonly Actor OtherOfficer = new(ActorKind.Department, "교통정책과");

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static SubmitDemandRequest Demand() =>
        new("지하철역 엘리베이터 이용 편의 점검", "교통약자 이동 편의 개선", "시청역\n광화문역", "2026-05-01", "2026-05-31", 20, "도보 이동 가능자");

    public static async Task<DepartmentView> AddDepartmentAsync(this CoreTestHost host, string name = DepartmentName, string? email = DepartmentEmail)
    {
        var result = await host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.RegisterAsync(new(name, email), Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>Registers the default department unless a shared host already has it.</summary>
    public static async Task EnsureDepartmentAsync(this CoreTestHost host)
    {
        var result = await host.RunAsync<DepartmentService, Result<DepartmentView>>((s, ct) => s.RegisterAsync(new(DepartmentName, DepartmentEmail), Staff, ct));
        Assert.True(result.IsSuccess || result.Error.Code == "department.name_taken", result.Error?.Code);
    }

    public static async Task<DemandView> SubmitAsync(this CoreTestHost host, SubmitDemandRequest? request = null, Actor? actor = null)
    {
        var result = await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.SubmitAsync(request ?? Demand(), actor ?? Officer, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>A valid task request: recruitment opens in a day for a week, fieldwork the week after.</summary>
    public static CreateTaskRequest TaskRequest(CoreTestHost host, int capacity = 40)
    {
        var start = host.Time.GetUtcNow().AddDays(1);
        return new CreateTaskRequest(
            Title: "지하철역 엘리베이터 점검", Purpose: "교통약자 이동 편의", Department: DepartmentName, Sites: "시청역", Capacity: capacity,
            RecruitmentOpensAt: Iso(start), RecruitmentClosesAt: Iso(start.AddDays(7)),
            FieldworkOpensAt: Iso(start.AddDays(8)), FieldworkClosesAt: Iso(start.AddDays(22)));
    }

    public static async Task<TaskView> CreateTaskAsync(this CoreTestHost host, CreateTaskRequest? request = null)
    {
        var result = await host.RunAsync<TaskSetupService, Result<TaskView>>((s, ct) => s.CreateAsync(request ?? TaskRequest(host), Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static FormDefinition Form() => new()
    {
        Questions =
        [
            new FormQuestion { Key = "satisfaction", Kind = QuestionKind.Rating, Label = "만족도", Required = true, ScaleMin = 1, ScaleMax = 5 },
            new FormQuestion { Key = "working", Kind = QuestionKind.SingleChoice, Label = "작동 여부", Choices = ["정상", "고장"] },
            new FormQuestion { Key = "photos", Kind = QuestionKind.Photo, Label = "현장 사진" },
            new FormQuestion { Key = "opinion", Kind = QuestionKind.LongText, Label = "의견" },
        ],
    };

    public static async Task<FormVersionView> PublishAsync(this CoreTestHost host, Guid taskId, FormDefinition? form = null)
    {
        var result = await host.RunAsync<TaskFormService, Result<FormVersionView>>((s, ct) => s.PublishAsync(taskId, form ?? Form(), Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>Sets a record's state directly (arranging states reached through other engineers' events).</summary>
    public static async Task SetTaskStateAsync(this CoreTestHost host, Guid taskId, MonitoringTaskState state)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var task = await db.Set<MonitoringTask>().SingleAsync(t => t.Id == taskId, TestContext.Current.CancellationToken);
        task.State = state;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task SetDemandStateAsync(this CoreTestHost host, Guid demandId, DemandState state)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var demand = await db.Set<TaskDemand>().SingleAsync(d => d.Id == demandId, TestContext.Current.CancellationToken);
        demand.State = state;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static Task<int> OutboxCountAsync(this CoreTestHost host, string? to = null) =>
        host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => to == null || m.To == to, TestContext.Current.CancellationToken));

    public static Task<int> CountAsync<T>(this CoreTestHost host)
        where T : class =>
        host.QueryAsync(db => db.Set<T>().CountAsync(TestContext.Current.CancellationToken));
}
