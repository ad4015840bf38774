using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>Stipend rules: amounts at their limits, roles, tasks and history.</summary>
public sealed class StipendRuleTests
{
    private static Task<Result<StipendRuleView>> SetAsync(CoreTestHost host, StipendRuleRequest request, Actor? actor = null) =>
        host.RunAsync<StipendRuleService, Result<StipendRuleView>>((s, ct) => s.SetAsync(request, actor ?? StipendArrange.Staff, ct));

    [Theory]
    [InlineData(0L, 0L, null)]
    [InlineData(IncentiveLimits.MaxEntryAmount, IncentiveLimits.MaxEntryAmount, null)]
    [InlineData(-1L, 0L, "stipend.per_participation.invalid")]
    [InlineData(IncentiveLimits.MaxEntryAmount + 1, 0L, "stipend.per_participation.invalid")]
    [InlineData(long.MaxValue, 0L, "stipend.per_participation.invalid")]
    [InlineData(0L, -1L, "stipend.per_community_activity.invalid")]
    [InlineData(0L, IncentiveLimits.MaxEntryAmount + 1, "stipend.per_community_activity.invalid")]
    [InlineData(long.MinValue, 0L, "stipend.per_participation.invalid")]
    public async Task SetAsync_AmountAtLimits_AcceptedOrRefusedWithCode(long perParticipation, long perActivity, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        var result = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, null, perParticipation, perActivity));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code is null ? 1 : 0, (await host.RunAsync<StipendRuleService, Result<IReadOnlyList<StipendRuleView>>>((s, ct) => s.ListAsync(StipendArrange.Year, ct))).Value.Count);
        Assert.Equal(code is null ? 1 : 0, await host.AuditCountAsync(StipendRuleService.Entity));
    }

    [Theory]
    [InlineData(IncentiveLimits.MinYear - 1, "stipend.year.invalid")]
    [InlineData(IncentiveLimits.MinYear, null)]
    [InlineData(IncentiveLimits.MaxYear, null)]
    [InlineData(IncentiveLimits.MaxYear + 1, "stipend.year.invalid")]
    public async Task SetAsync_YearAtLimits_AcceptedOrRefused(int year, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        Assert.Equal(code, (await SetAsync(host, new StipendRuleRequest(year, null, 10_000, 0))).Error?.Code);
    }

    [Fact]
    public async Task SetAsync_NotStaffUnknownTaskOtherYearOrTaskCommunityAmount_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var otherYearTask = await host.AddTaskAsync(year: 2025);
        var task = await host.AddTaskAsync();

        var monitor = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, null, 10_000, 0), Actor.Monitor(Guid.NewGuid()));
        var department = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, null, 10_000, 0), new Actor(ActorKind.Department, "보행정책과"));
        var unknown = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, Guid.NewGuid(), 10_000, 0));
        var otherYear = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, otherYearTask, 10_000, 0));
        var communityOnTask = await SetAsync(host, new StipendRuleRequest(StipendArrange.Year, task, 10_000, 5_000));

        Assert.Equal(
            ["stipend.forbidden", "stipend.forbidden", "stipend.task_not_found", "stipend.task.other_year", "stipend.per_community_activity.task_rule"],
            new[] { monitor, department, unknown, otherYear, communityOnTask }.Select(r => r.Error?.Code));
        Assert.Equal(0, await host.AuditCountAsync(StipendRuleService.Entity));
    }

    [Fact]
    public async Task SetAsync_ChangedRule_NewRowHistoryKeptNewestInForce()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var task = await host.AddTaskAsync();
        var first = await host.SetRuleAsync(30_000, 100_000);
        var second = await host.SetRuleAsync(35_000, 100_000);
        var forTask = await host.SetRuleAsync(50_000, taskId: task);

        var rules = (await host.RunAsync<StipendRuleService, Result<IReadOnlyList<StipendRuleView>>>((s, ct) => s.ListAsync(StipendArrange.Year, ct))).Value;

        Assert.Equal([first.Id, second.Id, forTask.Id], rules.Select(r => r.Id));
        Assert.Equal([false, true, true], rules.Select(r => r.IsCurrent));
    }

    [Fact]
    public async Task RecalculateAsync_NoRuleNoLineOrNotStaff_RefusedWithCodes()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        var noRule = await host.RecalculateAsync();
        await host.SetRuleAsync(30_000);
        var noLine = await host.RecalculateAsync();
        var monitor = await host.RunAsync<StipendCalculator, Result<RecalculationReport>>((s, ct) => s.RecalculateAsync(StipendArrange.Year, Actor.Monitor(Guid.NewGuid()), ct));
        var unknownTask = await host.RunAsync<StipendCalculator, Result<RecalculationReport>>((s, ct) => s.RecalculateTaskAsync(Guid.NewGuid(), StipendArrange.Staff, ct));

        Assert.Equal(
            ["stipend.rule_missing", "stipend.budget_line_missing", "stipend.forbidden", "stipend.task_not_found"],
            new[] { noRule, noLine, monitor, unknownTask }.Select(r => r.Error?.Code));
    }
}
