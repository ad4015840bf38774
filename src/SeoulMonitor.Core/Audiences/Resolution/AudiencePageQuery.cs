using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>
/// One keyset page of an audience, in SQL through EF Core: subscribers with <c>Id &gt; after ORDER BY Id LIMIT take</c>
/// that have the channel's address, live in one of the districts, meet every attribute condition and hold a consent on
/// one of the lists for the channel that allows sending at <c>now</c> (Active, and before RenewalDueAt when set); the
/// smallest such consent id is selected. Suppressed addresses are then dropped by one indexed lookup of the page's
/// address hashes. A subscriber appears once (one row per subscriber; addresses are unique per subscriber).
/// </summary>
internal static class AudiencePageQuery
{
    /// <summary>A page before suppression: the keyset of the next page is the last <see cref="Candidate.Id"/>.</summary>
    internal sealed record Candidate(long Id, Guid PublicId, string Address, long ConsentId, string? ProvinceCode, string? District);

    public static IQueryable<Candidate> Query(SeoulMonitorDbContext db, AudienceCriteria criteria, DateTimeOffset now, long after)
    {
        var listIds = criteria.ListIds.ToList();
        var channel = criteria.Channel;
        var subscribers = db.Set<Subscriber>().AsNoTracking().Where(s => s.Id > after);
        subscribers = channel == DeliveryChannel.Sms ? subscribers.Where(s => s.Mobile != null) : subscribers.Where(s => s.Email != null);
        if (criteria.Districts.Count > 0)
        {
            subscribers = subscribers.Where(InDistricts(criteria.Districts));
        }

        var traits = db.Set<SubscriberTrait>();
        foreach (var condition in criteria.Traits)
        {
            subscribers = subscribers.Where(Matches(traits, condition));
        }

        var consents = db.Set<Consent>();
        return from s in subscribers
               let consentId = consents
                   .Where(c => c.SubscriberId == s.Id && c.Channel == channel && listIds.Contains(c.ListId)
                       && c.State == ConsentState.Active && (c.RenewalDueAt == null || c.RenewalDueAt > now))
                   .Min(c => (long?)c.Id)
               where consentId != null
               orderby s.Id
               select new Candidate(s.Id, s.PublicId, channel == DeliveryChannel.Sms ? s.Mobile! : s.Email!, consentId!.Value, s.ProvinceCode, s.District);
    }

    /// <summary>The hashes among <paramref name="hashes"/> that are suppressed on the channel.</summary>
    public static async Task<HashSet<string>> SuppressedAsync(
        SeoulMonitorDbContext db, DeliveryChannel channel, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        if (hashes.Count == 0)
        {
            return [];
        }

        var list = hashes.ToList();
        var found = await db.Set<SuppressionEntry>().AsNoTracking()
            .Where(x => x.Channel == channel && list.Contains(x.AddressHash))
            .Select(x => x.AddressHash)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(found, StringComparer.Ordinal);
    }

    private static Expression<Func<Subscriber, bool>> Matches(DbSet<SubscriberTrait> traits, SegmentTraitCondition condition)
    {
        var name = condition.Name;
        var values = condition.Values.ToList();
        var first = values.FirstOrDefault() ?? "";
        return condition.Operator switch
        {
            SegmentTraitOperator.Eq => s => traits.Any(t => t.SubscriberId == s.Id && t.Name == name && t.Value == first),
            SegmentTraitOperator.Neq => s => !traits.Any(t => t.SubscriberId == s.Id && t.Name == name && t.Value == first),
            SegmentTraitOperator.In => s => traits.Any(t => t.SubscriberId == s.Id && t.Name == name && values.Contains(t.Value)),
            SegmentTraitOperator.Exists => s => traits.Any(t => t.SubscriberId == s.Id && t.Name == name),
            SegmentTraitOperator.Missing => s => !traits.Any(t => t.SubscriberId == s.Id && t.Name == name),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Operator, "Unknown operator."),
        };
    }

    /// <summary><c>(ProvinceCode = p1 AND District IN (…)) OR (ProvinceCode = p2 AND …)</c>, one term per province.</summary>
    private static Expression<Func<Subscriber, bool>> InDistricts(IReadOnlyList<SegmentDistrict> districts)
    {
        var s = Expression.Parameter(typeof(Subscriber), "s");
        Expression? body = null;
        foreach (var province in districts.GroupBy(d => d.Province, StringComparer.Ordinal))
        {
            var code = province.Key;
            var names = province.Select(d => d.District).ToList();
            Expression<Func<Subscriber, bool>> term = x => x.ProvinceCode == code && names.Contains(x.District!);
            var replaced = new ParameterSwap(term.Parameters[0], s).Visit(term.Body);
            body = body is null ? replaced : Expression.OrElse(body, replaced);
        }

        return Expression.Lambda<Func<Subscriber, bool>>(body ?? Expression.Constant(true), s);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
