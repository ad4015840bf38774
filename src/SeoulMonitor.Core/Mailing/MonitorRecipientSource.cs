using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The mail engine's audience source over the program's monitors: streams the active monitors of an
/// <see cref="AudienceKeys"/> key in id order, one page of <see cref="PageSize"/> per query on a fresh database scope
/// (the source is a singleton; the database context is scoped), so memory does not grow with the audience. Merge fields
/// <c>name</c> and <c>district</c>; the consent id is the consent notice the monitor agreed to when applying.
/// </summary>
public sealed class MonitorRecipientSource : IRecipientSource
{
    /// <summary>How many monitors one query reads.</summary>
    public const int PageSize = 500;

    private readonly IServiceScopeFactory _scopes;

    /// <summary>Creates the source.</summary>
    public MonitorRecipientSource(IServiceScopeFactory scopes) => _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));

    /// <summary>The active monitors of <paramref name="audienceKey"/>, in id order.</summary>
    /// <exception cref="ArgumentException">The key is not valid (validate it with <see cref="AudienceKeys.TryParse"/> first).</exception>
    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var key = Parse(audienceKey);
        Guid? after = null;
        while (true)
        {
            var page = await PageAsync(key, after, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return row.ToRecipient();
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>One monitor of <paramref name="audienceKey"/> by id, or <see langword="null"/> when not in the audience (or not active).</summary>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    public async Task<Recipient?> FindAsync(string audienceKey, Guid monitorId, CancellationToken cancellationToken = default)
    {
        var key = Parse(audienceKey);
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var rows = await MonitorRecipientRow.ReadAsync(db, key, null, monitorId, 1, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].ToRecipient();
    }

    private async Task<List<MonitorRecipientRow>> PageAsync(AudienceKey key, Guid? after, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return await MonitorRecipientRow.ReadAsync(db, key, after, null, PageSize, cancellationToken).ConfigureAwait(false);
    }

    private static AudienceKey Parse(string audienceKey)
    {
        var parsed = AudienceKeys.TryParse(audienceKey);
        return parsed.IsSuccess ? parsed.Value : throw new ArgumentException(parsed.Error.Message, nameof(audienceKey));
    }
}
