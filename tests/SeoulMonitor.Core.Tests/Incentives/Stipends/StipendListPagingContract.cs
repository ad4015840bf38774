using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>The staff list of entries pages by keyset: every entry once, in id order, whatever the page size.</summary>
public abstract class StipendListPagingContract(StorageProvider provider)
{
    [Fact]
    public async Task List_PagesOfTwo_ReturnEveryEntryOnceInIdOrder()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        for (var i = 0; i < 7; i++)
        {
            await host.AddParticipationAsync(task);
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();

        var seen = new List<Guid>();
        Guid? after = null;
        for (var page = 0; page < 10; page++)
        {
            var rows = await host.RunAsync<StipendQueries, Result<IReadOnlyList<StipendEntryView>>>((s, ct) =>
                s.ListAsync(new StipendQuery(StipendArrange.Year, After: after, Limit: 2), StipendArrange.Staff, ct));
            Assert.True(rows.IsSuccess);
            Assert.True(rows.Value.Count <= 2);
            if (rows.Value.Count == 0)
            {
                break;
            }

            seen.AddRange(rows.Value.Select(r => r.Id));
            after = rows.Value[^1].Id;
        }

        var all = await host.RunAsync<StipendQueries, Result<IReadOnlyList<StipendEntryView>>>((s, ct) =>
            s.ListAsync(new StipendQuery(StipendArrange.Year), StipendArrange.Staff, ct));
        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(all.Value.Select(r => r.Id), seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(StipendLimits.MaxListed + 1)]
    public async Task List_LimitOutOfRange_RefusedWithItsCode(int limit)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var rows = await host.RunAsync<StipendQueries, Result<IReadOnlyList<StipendEntryView>>>((s, ct) =>
            s.ListAsync(new StipendQuery(Limit: limit), StipendArrange.Staff, ct));

        Assert.Equal("stipend.limit.invalid", rows.Error?.Code);
    }

    [Fact]
    public async Task List_LimitAtMaximum_Accepted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var rows = await host.RunAsync<StipendQueries, Result<IReadOnlyList<StipendEntryView>>>((s, ct) =>
            s.ListAsync(new StipendQuery(Limit: StipendLimits.MaxListed), StipendArrange.Staff, ct));

        Assert.True(rows.IsSuccess);
    }
}

public sealed class StipendListPagingSqliteTests() : StipendListPagingContract(StorageProvider.Sqlite);

public sealed class StipendListPagingPostgresTests() : StipendListPagingContract(StorageProvider.PostgreSql);
