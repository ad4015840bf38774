using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The monitors who may no longer be mailed (membership not active), in memory for the send-time gate: reloaded from
/// the database when older than <see cref="RefreshInterval"/> (other nodes' changes), and updated at once by this
/// node's membership transitions (<see cref="Record"/>). Thread-safe; a singleton.
/// </summary>
public sealed class MonitorMembershipStates : IDisposable
{
    /// <summary>How long a loaded snapshot is trusted before the next check reloads it.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile ConcurrentDictionary<Guid, MembershipState>? _inactive;
    private DateTimeOffset _loadedAt;

    /// <summary>Creates the cache (nothing is loaded until the first question).</summary>
    public MonitorMembershipStates(IServiceScopeFactory scopes, TimeProvider time)
    {
        _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>
    /// The state of a monitor who is not active, or <see langword="null"/> when the monitor is active (or unknown:
    /// the audience snapshot only holds monitors that were active). Answers from memory except when a reload is due.
    /// </summary>
    public async ValueTask<MembershipState?> InactiveStateAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var inactive = _inactive;
        if (inactive is null || _time.GetUtcNow() - _loadedAt >= RefreshInterval)
        {
            inactive = await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }

        return inactive.TryGetValue(monitorId, out var state) ? state : null;
    }

    /// <summary>Records a membership transition made on this node, so that the gate sees it before the next reload.</summary>
    public void Record(Guid monitorId, MembershipState state)
    {
        if (_inactive is not { } inactive)
        {
            return;
        }

        if (state == MembershipState.Active)
        {
            inactive.TryRemove(monitorId, out _);
        }
        else
        {
            inactive[monitorId] = state;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _loading.Dispose();

    private async Task<ConcurrentDictionary<Guid, MembershipState>> ReloadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_inactive is { } fresh && _time.GetUtcNow() - _loadedAt < RefreshInterval)
            {
                return fresh;
            }

            var now = _time.GetUtcNow();
            var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var rows = await db.Set<Membership>().AsNoTracking()
                .Where(m => m.State != MembershipState.Active)
                .Select(m => new { m.Id, m.State })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var loaded = new ConcurrentDictionary<Guid, MembershipState>(rows.Select(r => KeyValuePair.Create(r.Id, r.State)));
            _loadedAt = now;
            _inactive = loaded;
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }
}
