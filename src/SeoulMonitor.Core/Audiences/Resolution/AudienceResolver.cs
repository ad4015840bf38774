using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>
/// Streams the recipients of subscriber audiences (<c>list:{key}</c>, <c>segment:{id}</c>) in keyset order over the
/// subscriber id: one query of <see cref="AudienceResolutionOptions.PageSize"/> subscribers per page on a fresh database
/// scope (never OFFSET, never the whole audience in memory), each admitted only with a consent that allows sending at
/// the moment its page is read and an address that is not suppressed (see <see cref="AudiencePageQuery"/>). A singleton.
/// </summary>
public sealed partial class AudienceResolver
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly int _pageSize;

    internal AudienceResolver(IServiceScopeFactory scopes, TimeProvider time, IOptions<AudienceResolutionOptions> options)
    {
        _scopes = scopes;
        _time = time;
        _pageSize = options.Value.PageSize;
    }

    /// <summary>The recipients of an audience key, in subscriber-id order, with their attributes.</summary>
    /// <exception cref="ArgumentException">The key is not a subscriber audience, or its list or segment does not exist.</exception>
    public async IAsyncEnumerable<AudienceMember> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var criteria = await CriteriaAsync(audienceKey, cancellationToken).ConfigureAwait(false);
        if (!criteria.IsSuccess)
        {
            throw new ArgumentException($"{criteria.Error.Code}: {criteria.Error.Message}", nameof(audienceKey));
        }

        await foreach (var member in ReadAsync(criteria.Value, true, cancellationToken).ConfigureAwait(false))
        {
            yield return member;
        }
    }

    /// <summary>The recipients of resolved criteria, in subscriber-id order; attributes only when <paramref name="withTraits"/>.</summary>
    public async IAsyncEnumerable<AudienceMember> ReadAsync(
        AudienceCriteria criteria, bool withTraits, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.ListIds.Count == 0)
        {
            yield break;
        }

        long after = 0;
        while (true)
        {
            var (members, last, full) = await PageAsync(criteria, after, withTraits, cancellationToken).ConfigureAwait(false);
            foreach (var member in members)
            {
                yield return member;
            }

            if (!full)
            {
                yield break;
            }

            after = last;
        }
    }

    /// <summary>How many would receive a message of these criteria now (streams the audience; bounded memory).</summary>
    public async Task<long> CountAsync(AudienceCriteria criteria, CancellationToken cancellationToken = default)
    {
        long count = 0;
        await foreach (var _ in ReadAsync(criteria, false, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private async Task<(List<AudienceMember> Members, long Last, bool Full)> PageAsync(
        AudienceCriteria criteria, long after, bool withTraits, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = _time.GetUtcNow();
        var rows = await AudiencePageQuery.Query(db, criteria, now, after).Take(_pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return ([], after, false);
        }

        var hashes = rows.ConvertAll(r => AddressHash.Of(r.Address));
        var suppressed = await AudiencePageQuery.SuppressedAsync(db, criteria.Channel, hashes, cancellationToken).ConfigureAwait(false);
        var traits = withTraits ? await TraitsAsync(db, rows, cancellationToken).ConfigureAwait(false) : null;
        var members = new List<AudienceMember>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (suppressed.Contains(hashes[i]))
            {
                continue;
            }

            IReadOnlyDictionary<string, string> fields = traits is not null && traits.TryGetValue(r.Id, out var own) ? own : Empty;
            members.Add(new AudienceMember(r.Id, r.PublicId, r.Address, r.ConsentId, r.ProvinceCode, r.District, fields));
        }

        return (members, rows[^1].Id, rows.Count == _pageSize);
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(0, StringComparer.Ordinal);

    private static async Task<Dictionary<long, Dictionary<string, string>>> TraitsAsync(
        SeoulMonitorDbContext db, List<AudiencePageQuery.Candidate> rows, CancellationToken cancellationToken)
    {
        var ids = rows.ConvertAll(r => r.Id);
        var traits = await db.Set<SubscriberTrait>().AsNoTracking().Where(t => ids.Contains(t.SubscriberId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var bySubscriber = new Dictionary<long, Dictionary<string, string>>();
        foreach (var t in traits)
        {
            if (!bySubscriber.TryGetValue(t.SubscriberId, out var own))
            {
                bySubscriber[t.SubscriberId] = own = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            own[t.Name] = t.Value;
        }

        return bySubscriber;
    }
}
