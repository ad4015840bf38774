using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Tests.Infrastructure;

/// <summary>Arrangement helpers shared by the feature tests.</summary>
public static class TestData
{
    /// <summary>
    /// Inserts a monitor (a <see cref="Membership"/> row) directly: the one place tests create monitors, so that a change
    /// to the membership model is adapted here only.
    /// </summary>
    public static async Task<Guid> AddMonitorAsync(this CoreTestHost host, MembershipState state = MembershipState.Active)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = host.Time.GetUtcNow();
        var membership = new Membership
        {
            Id = Guid.NewGuid(),
            ApplicationId = Guid.NewGuid(),
            State = state,
            TermEndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
            JoinedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Add(membership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return membership.Id;
    }

    /// <summary>Several active monitors.</summary>
    public static async Task<Guid[]> AddMonitorsAsync(this CoreTestHost host, int count)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = await host.AddMonitorAsync();
        }

        return ids;
    }

    /// <summary>How many audit records exist (optionally for one entity).</summary>
    public static async Task<int> AuditCountAsync(this CoreTestHost host, string? entityType = null, Guid? entityId = null)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (entityId is { } id)
        {
            var text = id.ToString("D");
            query = query.Where(e => e.EntityId == text);
        }

        return await query.CountAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> with a service from a fresh scope (one call, like one HTTP request).</summary>
    public static Task<TResult> RunAsync<TService, TResult>(this CoreTestHost host, Func<TService, CancellationToken, Task<TResult>> work)
        where TService : notnull =>
        host.WithAsync<TService, TResult>(s => work(s, TestContext.Current.CancellationToken));

    /// <summary>Runs a query on the context in a fresh scope.</summary>
    public static async Task<TResult> QueryAsync<TResult>(this CoreTestHost host, Func<SeoulMonitorDbContext, Task<TResult>> query)
    {
        await using var scope = host.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>());
    }
}
