using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// Loads one batch of validated rows inside the caller's transaction, in a few set-based round trips: one query for the
/// subscribers the rows' addresses already belong to and one for their consents, then the new and changed subscribers,
/// consents and their history entries saved in three bulk saves. An existing subscriber gets the new consents (and any
/// address, district or attribute it lacked); an active consent is left as it is; a consent that ended after the
/// line's consent date is not recorded again and the line is refused.
/// </summary>
internal sealed class ImportBatchLoader(SeoulMonitorDbContext db, Guid importId, DateTimeOffset now)
{
    public async Task<ImportBatchOutcome> LoadAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var outcome = new ImportBatchOutcome();
        var emails = rows.Where(static r => r.Email is not null).Select(static r => r.Email!).ToList();
        var mobiles = rows.Where(static r => r.Mobile is not null).Select(static r => r.Mobile!).ToList();
        // Two index lookups (an OR of the two would scan the table on both providers).
        var existing = await db.Set<Subscriber>().Include(s => s.Attributes).Where(s => emails.Contains(s.Email!))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var found = existing.Select(static s => s.Id).ToHashSet();
        existing.AddRange((await db.Set<Subscriber>().Include(s => s.Attributes).Where(s => mobiles.Contains(s.Mobile!))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Where(s => !found.Contains(s.Id)));
        var byEmail = existing.Where(static s => s.Email is not null).ToDictionary(static s => s.Email!, StringComparer.Ordinal);
        var byMobile = existing.Where(static s => s.Mobile is not null).ToDictionary(static s => s.Mobile!, StringComparer.Ordinal);
        var ids = existing.Select(static s => s.Id).ToList();
        var consents = (await db.Set<Consent>().Where(c => ids.Contains(c.SubscriberId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(static c => (c.SubscriberId, c.ListId, c.Channel));

        var accepted = new List<(ImportRow Row, Subscriber Subscriber)>(rows.Count);
        foreach (var row in rows)
        {
            var subscriber = Match(row, byEmail, byMobile, consents, outcome);
            if (subscriber is not null)
            {
                accepted.Add((row, subscriber));
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var recorded = new List<Consent>();
        var nightAdded = new List<ConsentEvent>();
        foreach (var (row, subscriber) in accepted)
        {
            foreach (var target in row.Lists)
            {
                var key = (subscriber.Id, target.List.Id, row.Channel);
                if (consents.TryGetValue(key, out var consent) && consent.State == ConsentState.Active)
                {
                    if (row.NightSending && !consent.NightSending)
                    {
                        nightAdded.Add(ImportConsents.AddNightSending(consent, row, importId, now));
                        continue;
                    }

                    outcome.ConsentsUnchanged++;
                    continue;
                }

                if (consent is null)
                {
                    consent = new Consent { SubscriberId = subscriber.Id, ListId = target.List.Id, Channel = row.Channel, State = ConsentState.Pending };
                    db.Set<Consent>().Add(consent);
                    consents[key] = consent;
                }

                ImportConsents.Record(consent, row, target, importId);
                recorded.Add(consent);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.Set<ConsentEvent>().AddRange(recorded.Select(c => ImportConsents.Event(c, importId, now)));
        db.Set<ConsentEvent>().AddRange(nightAdded);
        outcome.ConsentsRecorded += recorded.Count + nightAdded.Count;
        outcome.RowsLoaded += accepted.Count;
        return outcome;
    }

    private Subscriber? Match(
        ImportRow row, Dictionary<string, Subscriber> byEmail, Dictionary<string, Subscriber> byMobile,
        Dictionary<(long, Guid, DeliveryChannel), Consent> consents, ImportBatchOutcome outcome)
    {
        var emailOwner = row.Email is not null ? byEmail.GetValueOrDefault(row.Email) : null;
        var mobileOwner = row.Mobile is not null ? byMobile.GetValueOrDefault(row.Mobile) : null;
        var owner = emailOwner ?? mobileOwner;
        if ((emailOwner is not null && mobileOwner is not null && !ReferenceEquals(emailOwner, mobileOwner)) ||
            (owner is not null && row.Email is not null && owner.Email is not null && owner.Email != row.Email) ||
            (owner is not null && row.Mobile is not null && owner.Mobile is not null && owner.Mobile != row.Mobile))
        {
            outcome.Reject(row.Line, ImportRowErrors.AddressConflict);
            return null;
        }

        var subscriber = owner;
        if (subscriber is null)
        {
            subscriber = Create(row);
            db.Set<Subscriber>().Add(subscriber);
            outcome.SubscribersCreated++;
        }
        else if (Refusal(row, subscriber, consents) is { } refusal)
        {
            outcome.Reject(row.Line, refusal);
            return null;
        }
        else
        {
            Update(subscriber, row);
        }

        if (subscriber.Email is not null)
        {
            byEmail[subscriber.Email] = subscriber;
        }

        if (subscriber.Mobile is not null)
        {
            byMobile[subscriber.Mobile] = subscriber;
        }

        return subscriber;
    }

    private static DomainError? Refusal(ImportRow row, Subscriber subscriber, Dictionary<(long, Guid, DeliveryChannel), Consent> consents)
    {
        foreach (var target in row.Lists)
        {
            if (consents.TryGetValue((subscriber.Id, target.List.Id, row.Channel), out var consent) &&
                consent.State != ConsentState.Active && consent.EndedAt is { } ended && ended >= row.ConsentedAt)
            {
                return ImportRowErrors.EndedLater(target.List.Key);
            }
        }

        var names = subscriber.Attributes.Select(static a => a.Name).Concat(row.Traits.Select(static t => t.Name)).Distinct(StringComparer.Ordinal);
        return names.Count() > AudienceLimits.MaxAttributes ? ImportRowErrors.TraitsTooMany : null;
    }

    private Subscriber Create(ImportRow row)
    {
        var subscriber = new Subscriber
        {
            PublicId = Guid.NewGuid(),
            Email = row.Email,
            Mobile = row.Mobile,
            ProvinceCode = row.ProvinceCode,
            District = row.District,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        subscriber.Attributes.AddRange(row.Traits.Select(static t => new SubscriberTrait { Name = t.Name, Value = t.Value }));
        return subscriber;
    }

    private void Update(Subscriber subscriber, ImportRow row)
    {
        subscriber.Email ??= row.Email;
        subscriber.Mobile ??= row.Mobile;
        if (subscriber.District is null && row.District is not null)
        {
            subscriber.ProvinceCode = row.ProvinceCode;
            subscriber.District = row.District;
        }

        foreach (var (name, value) in row.Traits)
        {
            var trait = subscriber.Attributes.FirstOrDefault(a => a.Name == name);
            if (trait is null)
            {
                subscriber.Attributes.Add(new SubscriberTrait { SubscriberId = subscriber.Id, Name = name, Value = value });
            }
            else
            {
                trait.Value = value;
            }
        }

        subscriber.UpdatedAt = now;
        subscriber.Version = Guid.NewGuid();
    }
}
