using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

public sealed partial class ConsentMaintenanceService
{
    /// <summary>
    /// Step 1b: one re-consent reminder per consent per cycle, from <see cref="ConsentMaintenanceOptions.ReminderLead"/>
    /// before the renewal date. A cycle's reminder is the one sent after the last affirmative answer.
    /// </summary>
    private Task<int> QueueRemindersAsync(RunState run, CancellationToken cancellationToken)
    {
        var lists = run.ListsOf(ConsentRegime.PolicyCustomer);
        var horizon = run.Now + _options.ReminderLead;
        return BatchesAsync(run, "reminders",
            (after, ct) => _db.Set<Consent>().AsNoTracking()
                .Where(c => c.Id > after && c.State == ConsentState.Active && lists.Contains(c.ListId) &&
                            c.RenewalDueAt != null && c.RenewalDueAt > run.Now && c.RenewalDueAt <= horizon)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                var consents = await _db.Set<Consent>().Where(c => ids.Contains(c.Id) && c.State == ConsentState.Active).ToListAsync(ct).ConfigureAwait(false);
                var due = consents.Where(c => c.ReminderSentAt is null || (c.LastAffirmedAt is { } affirmed && c.ReminderSentAt < affirmed)).ToList();
                var people = await AddressesAsync(due, ct).ConfigureAwait(false);
                var queued = 0;
                foreach (var consent in due)
                {
                    if (AddressOf(people, consent) is not { } to)
                    {
                        continue;
                    }

                    var list = run.Lists[consent.ListId];
                    var dueAt = consent.RenewalDueAt!.Value;
                    // The token the public re-consent endpoint (SubscriptionService.ReaffirmAsync) accepts: bound to this
                    // consent's last affirmation, so it works once, and only until the due date.
                    var link = Link(_options.ReconsentUrl, _citizenTokens.Reconsent(people[consent.SubscriberId].PublicId, consent, dueAt));
                    await _notifier.QueueReconsentReminderAsync(
                        new ReconsentReminder(consent.SubscriberId, consent.Channel, to, list.NameKo, list.NameEn, dueAt, link), ct).ConfigureAwait(false);
                    Transition(consent, ConsentEventKind.ReminderQueued, run.Now, run.EventActor,
                        $"re-consent reminder; due {dueAt.ToString("O", CultureInfo.InvariantCulture)}");
                    consent.ReminderSentAt = run.Now;
                    queued++;
                }

                return queued;
            },
            cancellationToken);
    }

    /// <summary>
    /// Step 4: advertising consents (시행령 62조의3) get a confirmation notice every two years from the consent date, from
    /// <see cref="ConsentMaintenanceOptions.ReminderLead"/> before each such date; silence keeps the consent. The next date
    /// is the first one whose notice window opens after the last notice sent for this consent.
    /// </summary>
    private Task<int> QueueAdvertisingNoticesAsync(RunState run, CancellationToken cancellationToken)
    {
        var lists = run.ListsOf(ConsentRegime.Advertising);
        return BatchesAsync(run, "advertising",
            (after, ct) => _db.Set<Consent>().AsNoTracking()
                .Where(c => c.Id > after && c.State == ConsentState.Active && lists.Contains(c.ListId))
                .OrderBy(c => c.Id).Select(c => c.Id).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                var consents = await _db.Set<Consent>().Where(c => ids.Contains(c.Id) && c.State == ConsentState.Active).ToListAsync(ct).ConfigureAwait(false);
                var due = consents.Where(c => NextAdvertisingDate(c) - _options.ReminderLead <= run.Now).ToList();
                var people = await AddressesAsync(due, ct).ConfigureAwait(false);
                var queued = 0;
                foreach (var consent in due)
                {
                    if (AddressOf(people, consent) is not { } to)
                    {
                        continue;
                    }

                    var list = run.Lists[consent.ListId];
                    var date = NextAdvertisingDate(consent);
                    var consentedOn = SeoulCalendar.DateAt(AdvertisingAnchor(consent));
                    await _notifier.QueueAdvertisingConfirmationAsync(new AdvertisingConfirmation(
                        consent.SubscriberId, consent.Channel, to, _options.SenderNameKo, _options.SenderNameEn,
                        list.NameKo, list.NameEn, consentedOn, _options.PreferencesUrl), ct).ConfigureAwait(false);
                    Transition(consent, ConsentEventKind.ReminderQueued, run.Now, run.EventActor,
                        $"advertising consent confirmation (시행령 62조의3) for {SeoulCalendar.DateAt(date):yyyy-MM-dd}; silence keeps the consent");
                    consent.ReminderSentAt = run.Now;
                    queued++;
                }

                return queued;
            },
            cancellationToken);
    }

    /// <summary>The consent date the advertising clock counts from: the last affirmative answer, else the confirmation, else when given.</summary>
    internal static DateTimeOffset AdvertisingAnchor(Consent consent) => consent.LastAffirmedAt ?? consent.ConfirmedAt ?? consent.GivenAt;

    /// <summary>The next confirmation date whose notice has not been queued yet.</summary>
    internal DateTimeOffset NextAdvertisingDate(Consent consent)
    {
        var anchor = AdvertisingAnchor(consent);
        var last = consent.ReminderSentAt is { } sent && sent >= anchor ? sent : (DateTimeOffset?)null;
        for (var cycle = 1; ; cycle++)
        {
            var date = RenewalCalendar.AdvertisingConfirmationDate(anchor, cycle);
            if (last is null || date - _options.ReminderLead > last.Value)
            {
                return date;
            }
        }
    }

    private async Task<Dictionary<long, (string? Email, string? Mobile, Guid PublicId)>> AddressesAsync(List<Consent> consents, CancellationToken cancellationToken)
    {
        var ids = consents.Select(c => c.SubscriberId).Distinct().ToList();
        return await _db.Set<Subscriber>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (s.Email, s.Mobile, s.PublicId), cancellationToken).ConfigureAwait(false);
    }

    private static string? AddressOf(Dictionary<long, (string? Email, string? Mobile, Guid PublicId)> people, Consent consent) =>
        people.TryGetValue(consent.SubscriberId, out var p) ? (consent.Channel == DeliveryChannel.Email ? p.Email : p.Mobile) : null;

    private static Uri Link(Uri page, string token) => new($"{page.AbsoluteUri}?token={Uri.EscapeDataString(token)}");
}
