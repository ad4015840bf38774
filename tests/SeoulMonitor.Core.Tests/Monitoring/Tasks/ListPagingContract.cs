using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>
/// Keyset paging of the task and demand lists on each provider: walking every page returns each row exactly once, in
/// the list's order, also while rows are added between pages; limits and cursors are checked at their boundaries.
/// </summary>
public abstract class ListPagingContract(StorageProvider provider)
{
    private const int Rows = 1_050;

    // Forty distinct sort keys for 1,050 rows: about 26 rows share each key, so the id decides between them.
    private const int Keys = 40;

    [Fact]
    public async Task PageAsync_WalkTasksWhileAdding_EachExistingTaskExactlyOnceInOrder()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var start = host.Time.GetUtcNow();
        var existing = await AddTasksAsync(host, Enumerable.Range(0, Rows).Select(i => start.AddDays(i % Keys)));
        var seen = new List<TaskView>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) =>
                s.PageAsync(new TaskListQuery(Limit: MonitoringTaskLimits.MaxPageSize, After: after), Staff, ct))).Value;
            seen.AddRange(page.Items);
            after = page.Next;
            pages++;

            // New tasks land before, at and after the walk's position (their keys span the whole range).
            await AddTasksAsync(host, [start.AddDays(pages % Keys), start.AddDays(Keys - 1 - (pages % Keys)), start.AddDays(-1), start.AddDays(Keys)]);
        }
        while (after is not null && pages < 100);

        Assert.Null(after);
        Assert.Equal(seen.Count, seen.Select(t => t.Id).Distinct().Count());
        Assert.Empty(existing.Except(seen.Select(t => t.Id)));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.FieldworkOpensAt > p.Second.FieldworkOpensAt
            || (p.First.FieldworkOpensAt == p.Second.FieldworkOpensAt && Compare(host, p.First.Id, p.Second.Id) < 0)));
    }

    [Fact]
    public async Task PageAsync_WalkDemandsWhileAdding_EachExistingDemandExactlyOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var start = host.Time.GetUtcNow();
        var existing = await AddDemandsAsync(host, Enumerable.Range(0, Rows).Select(i => start.AddMinutes(i % Keys)));
        var seen = new List<DemandView>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) =>
                s.PageAsync(new DemandListQuery(Limit: 77, After: after), Officer, ct))).Value;
            seen.AddRange(page.Items);
            after = page.Next;
            pages++;
            await AddDemandsAsync(host, [start.AddMinutes(pages % Keys), start.AddMinutes(-1), start.AddMinutes(Keys)]);
        }
        while (after is not null && pages < 100);

        Assert.Null(after);
        Assert.Equal(seen.Count, seen.Select(d => d.Id).Distinct().Count());
        Assert.Empty(existing.Except(seen.Select(d => d.Id)));
    }

    [Fact]
    public async Task PageAsync_LastPageAndDepartmentScope_NoCursorAndOnlyOwnRows()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var start = host.Time.GetUtcNow();
        var own = await AddTasksAsync(host, Enumerable.Range(0, 3).Select(i => start.AddDays(i)));
        await AddTasksAsync(host, [start], "교통정책과");

        var first = (await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(Limit: 2), Officer, ct))).Value;
        var second = (await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(Limit: 2, After: first.Next), Officer, ct))).Value;
        var exact = (await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(Limit: 3), Officer, ct))).Value;

        Assert.Equal((2, 1), (first.Items.Count, second.Items.Count));
        Assert.NotNull(first.Next);
        Assert.Null(second.Next);
        Assert.Equal(own.Order(), first.Items.Concat(second.Items).Select(t => t.Id).Order());
        Assert.Null(exact.Next);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("dDF8MjAyNi0wMy0wMlQwMTowMDowMC4wMDAwMDAwKzAwOjAwfG5vdC1hLWd1aWQ")] // t1|<instant>|not-a-guid
    public async Task PageAsync_BadCursor_RefusedWithCode(string after)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var tasks = await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(After: after), Staff, ct));
        var demands = await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) => s.PageAsync(new DemandListQuery(After: after), Staff, ct));

        Assert.Equal(("page.after.invalid", "page.after.invalid"), (tasks.Error?.Code, demands.Error?.Code));
    }

    [Fact]
    public async Task PageAsync_CursorOfTheOtherListOrTooLong_Refused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var start = host.Time.GetUtcNow();
        await AddTasksAsync(host, [start, start.AddDays(1)]);
        await AddDemandsAsync(host, [start, start.AddMinutes(1)]);
        var taskCursor = (await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(Limit: 1), Staff, ct))).Value.Next!;
        var demandCursor = (await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) => s.PageAsync(new DemandListQuery(Limit: 1), Staff, ct))).Value.Next!;

        var crossed = await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) => s.PageAsync(new TaskListQuery(After: demandCursor), Staff, ct));
        var crossedBack = await host.RunAsync<DemandService, Result<DemandPage>>((s, ct) => s.PageAsync(new DemandListQuery(After: taskCursor), Staff, ct));
        var longest = await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) =>
            s.PageAsync(new TaskListQuery(After: new string('A', MonitoringTaskLimits.MaxCursorLength)), Staff, ct));
        var tooLong = await host.RunAsync<TaskQueryService, Result<TaskPage>>((s, ct) =>
            s.PageAsync(new TaskListQuery(After: taskCursor + new string('A', MonitoringTaskLimits.MaxCursorLength)), Staff, ct));

        Assert.Equal(("page.after.invalid", "page.after.invalid"), (crossed.Error?.Code, crossedBack.Error?.Code));
        Assert.True(taskCursor.Length <= MonitoringTaskLimits.MaxCursorLength, $"a cursor of {taskCursor.Length} characters");
        Assert.Equal("page.after.invalid", longest.Error?.Code); // decodes (length allowed) but is no cursor
        Assert.Equal("page.after.invalid", tooLong.Error?.Code);
    }

    /// <summary>The provider's order of two ids (the lists order ties by id in SQL).</summary>
    private static int Compare(CoreTestHost host, Guid a, Guid b) =>
        host.Provider == StorageProvider.Sqlite
            ? string.CompareOrdinal(a.ToString("D").ToUpperInvariant(), b.ToString("D").ToUpperInvariant())
            : a.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(b.ToByteArray(bigEndian: true));

    private static async Task<List<Guid>> AddTasksAsync(CoreTestHost host, IEnumerable<DateTimeOffset> fieldworkOpens, string department = DepartmentName)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = host.Time.GetUtcNow();
        var tasks = fieldworkOpens.Select(opens => new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "페이지 점검", Purpose = "목록", Department = department, Sites = "중구", Capacity = 5,
            RecruitmentOpensAt = opens.AddDays(-20), RecruitmentClosesAt = opens.AddDays(-10), FieldworkOpensAt = opens, FieldworkClosesAt = opens.AddDays(10),
            State = MonitoringTaskState.Planned, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        }).ToList();
        db.AddRange(tasks);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return tasks.ConvertAll(t => t.Id);
    }

    private static async Task<List<Guid>> AddDemandsAsync(CoreTestHost host, IEnumerable<DateTimeOffset> created)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var demands = created.Select(at => new TaskDemand
        {
            Id = Guid.NewGuid(), Source = DemandSource.Department, Department = DepartmentName, Title = "페이지 점검", Purpose = "목록", Sites = "중구",
            PeriodStart = new DateOnly(2026, 5, 1), PeriodEnd = new DateOnly(2026, 5, 31), Headcount = 5, State = DemandState.Submitted,
            SubmittedBy = "department:seed", CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
        }).ToList();
        db.AddRange(demands);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return demands.ConvertAll(d => d.Id);
    }
}

public sealed class ListPagingSqliteTests() : ListPagingContract(StorageProvider.Sqlite);

public sealed class ListPagingPostgresTests() : ListPagingContract(StorageProvider.PostgreSql);
