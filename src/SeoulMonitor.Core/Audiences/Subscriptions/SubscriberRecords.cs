using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// Staff reads of one subscriber: the record with its consents, and the consent history as evidence. Personal data:
/// callers record each read in the <see cref="AccessLog.PersonalDataAccessLog"/> before disclosing it.
/// </summary>
public sealed class SubscriberRecords
{
    /// <summary>Most history entries one export holds.</summary>
    public const int MaxHistoryEvents = 10_000;

    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;

    internal SubscriberRecords(SeoulMonitorDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>The subscriber, or <c>subscriber.not_found</c>.</summary>
    public async Task<Result<SubscriberView>> GetAsync(Guid subscriberId, CancellationToken cancellationToken = default)
    {
        var s = await _db.Set<Subscriber>().AsNoTracking().Include(x => x.Attributes).SingleOrDefaultAsync(x => x.PublicId == subscriberId, cancellationToken).ConfigureAwait(false);
        if (s is null)
        {
            return SubscriptionErrors.SubscriberNotFound;
        }

        var consents = await ConsentsAsync(s.Id, cancellationToken).ConfigureAwait(false);
        return new SubscriberView(s.PublicId, s.Email, s.Mobile, s.ProvinceCode, s.District,
            s.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).ToDictionary(a => a.Name, a => a.Value), s.CreatedAt, s.UpdatedAt, consents);
    }

    /// <summary>The consent history export, or <c>subscriber.not_found</c>.</summary>
    public async Task<Result<ConsentHistoryExport>> HistoryAsync(Guid subscriberId, CancellationToken cancellationToken = default)
    {
        var s = await _db.Set<Subscriber>().AsNoTracking().SingleOrDefaultAsync(x => x.PublicId == subscriberId, cancellationToken).ConfigureAwait(false);
        if (s is null)
        {
            return SubscriptionErrors.SubscriberNotFound;
        }

        var consents = await ConsentsAsync(s.Id, cancellationToken).ConfigureAwait(false);
        var events = await _db.Set<ConsentEvent>().AsNoTracking().Where(e => e.SubscriberId == s.Id).OrderBy(e => e.Id).Take(MaxHistoryEvents)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var listIds = events.Select(e => e.ListId).Distinct().ToList();
        var lists = await _db.Set<MailingList>().AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);
        var noticeIds = events.Where(e => e.NoticeId is not null).Select(e => e.NoticeId!.Value).Concat(consents.Select(c => c.NoticeId)).Distinct().ToList();
        var notices = await _db.Set<ListConsentNotice>().AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ConsentHistoryExport(
            s.PublicId,
            _time.GetUtcNow(),
            consents,
            events.ConvertAll(e => new ConsentEventView(e.Id, e.ConsentId, lists[e.ListId].Key, e.Channel, e.Kind, StatusNames.English(e.Kind), StatusNames.Korean(e.Kind),
                e.At, e.Actor, e.NoticeId, e.Ip, e.UserAgent, e.Detail)),
            notices.ToDictionary(n => n.Id, ListNoticeView.From));
    }

    private async Task<IReadOnlyList<ConsentView>> ConsentsAsync(long subscriberId, CancellationToken cancellationToken)
    {
        var consents = await _db.Set<Consent>().AsNoTracking().Where(c => c.SubscriberId == subscriberId).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var listIds = consents.Select(c => c.ListId).Distinct().ToList();
        var lists = await _db.Set<MailingList>().AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);
        return consents.ConvertAll(c => ConsentView.From(c, lists[c.ListId]));
    }
}
