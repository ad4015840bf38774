using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Audit;

/// <summary>The audit chain's guarantees, on each provider.</summary>
public abstract class AuditTrailContract(StorageProvider provider)
{
    [Fact]
    public async Task Verify_EmptyLog_IsIntact()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EntriesChecked);
    }

    [Fact]
    public async Task Verify_AfterAppends_IsIntactAndChained()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AppendAsync(host, 5);

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));
        var entries = await host.WithAsync<AuditTrail, IReadOnlyList<AuditEntry>>(a => a.ReadAsync(null, null, 0, 100, TestContext.Current.CancellationToken));

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }
    }

    [Fact]
    public async Task Verify_AlteredReason_IsCaughtAtThatEntry()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AppendAsync(host, 5);
        await ExecuteSqlAsync(host, "UPDATE audit_entries SET \"Reason\" = 'forged' WHERE \"Sequence\" = 3");

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_RemovedMiddleEntry_IsCaught()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AppendAsync(host, 5);
        await ExecuteSqlAsync(host, "DELETE FROM audit_entries WHERE \"Sequence\" = 2");

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_RemovedNewestEntry_IsCaughtByTheHead()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AppendAsync(host, 5);
        await ExecuteSqlAsync(host, "DELETE FROM audit_entries WHERE \"Sequence\" = 5");

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));

        Assert.False(result.IsIntact);
        Assert.Equal(5, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_ClockWithSubMillisecondTicks_IsIntact()
    {
        await using var host = await CoreTestHost.CreateAsync(provider, start: new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        await AppendAsync(host, 2);
        host.Time.Advance(TimeSpan.FromTicks(9_999));
        await AppendAsync(host, 1);

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(3, result.EntriesChecked);
    }

    [Fact]
    public async Task Append_ConcurrentWriters_KeepOneUnbrokenChain()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AppendAsync(host, 5))));

        var result = await host.WithAsync<AuditTrail, AuditVerification>(a => a.VerifyAsync(TestContext.Current.CancellationToken));
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(40, result.EntriesChecked);
    }

    [Fact]
    public async Task Append_OutsideTransaction_Throws()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await using var scope = host.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            audit.RecordAsync(Actor.System, "test", "1", "Created", null, "Active", null, TestContext.Current.CancellationToken));
    }

    private static async Task AppendAsync(CoreTestHost host, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = host.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            var result = await db.ExecuteAsync<Unit>(async ct =>
            {
                await audit.RecordAsync(Actor.Staff("kim"), "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Suspend", "Active", "Suspended", "reason " + i, ct);
                return Unit.Value;
            }, TestContext.Current.CancellationToken);
            Assert.True(result.IsSuccess);
        }
    }

    private static async Task ExecuteSqlAsync(CoreTestHost host, string sql)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}

public sealed class AuditTrailSqliteTests() : AuditTrailContract(StorageProvider.Sqlite);

public sealed class AuditTrailPostgresTests() : AuditTrailContract(StorageProvider.PostgreSql);
