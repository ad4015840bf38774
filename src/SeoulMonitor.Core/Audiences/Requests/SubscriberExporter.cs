using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>Reads everything held about one subscriber.</summary>
internal static class SubscriberExporter
{
    public static async Task<SubscriberExport?> ExportAsync(SeoulMonitorDbContext db, Guid publicId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var s = await db.Set<Subscriber>().AsNoTracking().Include(x => x.Attributes)
            .SingleOrDefaultAsync(x => x.PublicId == publicId, cancellationToken).ConfigureAwait(false);
        if (s is null)
        {
            return null;
        }

        var consents = await db.Set<Consent>().AsNoTracking().Where(c => c.SubscriberId == s.Id).OrderBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var listIds = consents.Select(c => c.ListId).Distinct().ToList();
        var lists = await db.Set<MailingList>().AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);
        var noticeIds = consents.Select(c => c.NoticeId).Distinct().ToList();
        var notices = await db.Set<ListConsentNotice>().AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken).ConfigureAwait(false);
        var history = await db.Set<ConsentEvent>().AsNoTracking().Where(e => e.SubscriberId == s.Id).OrderBy(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var emailHash = s.Email is null ? null : AddressHash.Of(s.Email);
        var mobileHash = s.Mobile is null ? null : AddressHash.Of(s.Mobile);
        var suppressions = await db.Set<SuppressionEntry>().AsNoTracking()
            .Where(x => (x.Channel == DeliveryChannel.Email && x.AddressHash == emailHash) || (x.Channel == DeliveryChannel.Sms && x.AddressHash == mobileHash))
            .OrderBy(x => x.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var requests = await db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.SubscriberPublicId == publicId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        string Key(Guid listId) => lists.TryGetValue(listId, out var l) ? l.Key : listId.ToString("D");
        return new SubscriberExport(
            now,
            new ExportedSubscriber(s.PublicId, s.Email, s.Mobile, s.ProvinceCode, s.District, s.CreatedAt, s.UpdatedAt),
            [.. s.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new ExportedTrait(a.Name, a.Value))],
            [.. consents.Select(c => new ExportedConsent(
                c.Id, Key(c.ListId), lists.GetValueOrDefault(c.ListId)?.NameKo ?? string.Empty, lists.GetValueOrDefault(c.ListId)?.NameEn ?? string.Empty,
                c.Channel, c.State, StatusNames.Korean(c.State),
                notices.TryGetValue(c.NoticeId, out var n) ? new ExportedNotice(n.Id, n.Version, n.Purpose, n.Items, n.Retention, n.RightToRefuse, n.Consequence, n.PublishedAt) : null,
                c.Source, c.GivenAt, c.EvidenceIp, c.EvidenceUserAgent, c.EvidenceReference, c.ConfirmedAt, c.LastAffirmedAt, c.RenewalDueAt,
                c.ReminderSentAt, c.NightSending, c.EndedAt, c.EndReason))],
            [.. history.Select(e => new ExportedConsentEvent(
                e.Id, e.ConsentId, Key(e.ListId), e.Channel, e.Kind, StatusNames.Korean(e.Kind), e.At, e.Actor, e.NoticeId, e.Ip, e.UserAgent, e.Detail))],
            [.. suppressions.Select(x => new ExportedSuppression(x.Channel, x.Reason, x.Note, x.CreatedAt))],
            [.. requests.OrderBy(r => r.ReceivedAt).Select(r => DataRequestView.From(r, now))]);
    }
}
