using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

public sealed partial class SubscriptionService
{
    /// <summary>
    /// Subscribes through the web form. The subscriber is found by normalised e-mail or mobile number (an existing one
    /// keeps its data; only an address it lacks is added) or created. Each ticked choice gets its one consent row per
    /// list and channel, Pending with a double opt-in token (one token per channel and request; only its SHA-256 is
    /// stored; it expires after <see cref="SubscriptionOptions.ConfirmationLifetime"/>) and the confirmation queued in
    /// the outbox. A consent already Active is left unchanged; an ended one is given again. Unticked choices store
    /// nothing (if all are unticked, no subscriber is stored). Lists must exist, be open, and the notice shown must be
    /// the list's current version.
    /// </summary>
    public async Task<Result<SubscriptionReceipt>> SubscribeAsync(SubscribeRequest request, ConsentEvidence evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(evidence);
        var now = _time.GetUtcNow();
        var parsed = SubscriberInput.Parse(request, _regions, SeoulCalendar.DateAt(now), _addresses.NewEmail);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var input = parsed.Value;
        return await GuardAsync(() => _db.ExecuteAsync<SubscriptionReceipt>(async ct =>
        {
            var keys = input.Choices.Select(c => c.List!.Trim()).Distinct().ToList();
            var lists = await _db.Set<MailingList>().AsNoTracking().Where(l => keys.Contains(l.Key)).ToDictionaryAsync(l => l.Key, ct).ConfigureAwait(false);
            var notices = await ListNotices.CurrentAsync(_db, lists.Values.Select(l => l.Id).ToList(), ct).ConfigureAwait(false);
            foreach (var choice in input.Choices)
            {
                var key = choice.List!.Trim();
                if (!lists.TryGetValue(key, out var list))
                {
                    return SubscriptionErrors.ListUnknown(key);
                }

                if (choice.NightSending && choice.Channel != DeliveryChannel.Sms)
                {
                    return SubscriptionErrors.NightSendingSmsOnly;
                }

                if (choice.Agreed && !list.IsOpen)
                {
                    return SubscriptionErrors.ListClosed(key);
                }

                if (choice.Agreed && (!notices.TryGetValue(list.Id, out var current) || current.Id != choice.NoticeId))
                {
                    return SubscriptionErrors.NoticeNotCurrent(key);
                }
            }

            var agreed = input.Choices.Where(c => c.Agreed).ToList();
            if (agreed.Count == 0)
            {
                return new SubscriptionReceipt(null, []);
            }

            var subscriber = await FindOrCreateAsync(input, now, ct).ConfigureAwait(false);
            if (!subscriber.IsSuccess)
            {
                return subscriber.Error;
            }

            return await GiveAsync(subscriber.Value, agreed, lists, evidence, now, ct).ConfigureAwait(false);
        }, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<Result<SubscriptionReceipt>> GiveAsync(
        Subscriber subscriber, List<ListChoice> agreed, Dictionary<string, MailingList> lists, ConsentEvidence evidence, DateTimeOffset now, CancellationToken ct)
    {
        var expires = now + _options.ConfirmationLifetime;
        var tokens = new Dictionary<DeliveryChannel, (string Token, string Hash, List<string> Names)>();
        var outcomes = new List<ConsentOutcome>();
        foreach (var choice in agreed)
        {
            var list = lists[choice.List!.Trim()];
            var consent = await _db.Set<Consent>()
                .SingleOrDefaultAsync(c => c.SubscriberId == subscriber.Id && c.ListId == list.Id && c.Channel == choice.Channel, ct).ConfigureAwait(false);
            if (consent is { State: ConsentState.Active })
            {
                if (choice.NightSending && !consent.NightSending)
                {
                    // Ticking night sending on an active SMS consent adds that separate consent, recorded with its evidence.
                    consent.NightSending = true;
                    consent.NightSendingConsentedAt = now;
                    Apply(consent, ConsentEventKind.NightSendingGiven, ConsentState.Active, now, SubscriberActor, "web-form; night-sending", evidence);
                }

                outcomes.Add(new ConsentOutcome(list.Key, choice.Channel, consent.Id, consent.State));
                continue;
            }

            if (consent is not null && !ConsentLifecycle.Table.Allows(consent.State, ConsentEventKind.Given))
            {
                return ConsentLifecycle.Table.InvalidTransition(consent.State, ConsentEventKind.Given);
            }

            if (!tokens.TryGetValue(choice.Channel, out var token))
            {
                var (t, h) = ConfirmationToken.Create();
                token = (t, h, []);
                tokens[choice.Channel] = token;
            }

            token.Names.Add(list.NameKo);
            if (consent is null)
            {
                consent = new Consent { SubscriberId = subscriber.Id, ListId = list.Id, Channel = choice.Channel, State = ConsentState.Pending };
                _db.Set<Consent>().Add(consent);
            }

            consent.NoticeId = choice.NoticeId;
            consent.Source = ConsentSource.WebForm;
            consent.GivenAt = now;
            consent.EvidenceIp = evidence.Address is { Length: <= AudienceLimits.IpMaxLength } ip ? ip : null;
            consent.EvidenceUserAgent = Cut(evidence.Agent, AudienceLimits.UserAgentMaxLength);
            consent.EvidenceReference = null;
            consent.ConfirmationTokenHash = token.Hash;
            consent.ConfirmationExpiresAt = expires;
            consent.ConfirmedAt = null;
            consent.RenewalDueAt = null;
            consent.ReminderSentAt = null;
            consent.EndedAt = null;
            consent.EndReason = null;
            consent.NightSending = choice.NightSending;
            consent.NightSendingConsentedAt = choice.NightSending ? now : null;
            consent.Version = Guid.NewGuid();
            if (consent.Id == 0)
            {
                await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            }

            Apply(consent, ConsentEventKind.Given, ConsentState.Pending, now, SubscriberActor, choice.NightSending ? "web-form; night-sending" : "web-form", evidence);
            outcomes.Add(new ConsentOutcome(list.Key, choice.Channel, consent.Id, ConsentState.Pending));
        }

        var manage = _tokens.Manage(subscriber.PublicId);
        foreach (var (channel, token) in tokens)
        {
            var to = channel == DeliveryChannel.Email ? subscriber.Email! : subscriber.Mobile!;
            _db.Set<OutboxMessage>().Add(ConfirmationMessages.Create(channel, to, token.Token, manage, token.Names, _options.PublicBaseUrl, expires, now));
        }

        return new SubscriptionReceipt(subscriber.PublicId, outcomes);
    }

    private async Task<Result<Subscriber>> FindOrCreateAsync(SubscriberInput input, DateTimeOffset now, CancellationToken ct)
    {
        var byEmail = input.Email is null ? null : await _db.Set<Subscriber>().SingleOrDefaultAsync(s => s.Email == input.Email, ct).ConfigureAwait(false);
        var byMobile = input.Mobile is null ? null : await _db.Set<Subscriber>().SingleOrDefaultAsync(s => s.Mobile == input.Mobile, ct).ConfigureAwait(false);
        if (byEmail is not null && byMobile is not null && byEmail.Id != byMobile.Id)
        {
            return SubscriptionErrors.AddressConflict;
        }

        var existing = byEmail ?? byMobile;
        if (existing is not null)
        {
            if (existing.Email is null && input.Email is not null)
            {
                existing.Email = input.Email;
            }

            if (existing.Mobile is null && input.Mobile is not null)
            {
                existing.Mobile = input.Mobile;
            }

            existing.UpdatedAt = now;
            existing.Version = Guid.NewGuid();
            return existing;
        }

        var subscriber = new Subscriber
        {
            PublicId = Guid.CreateVersion7(now),
            Email = input.Email,
            Mobile = input.Mobile,
            ProvinceCode = input.District?.ProvinceCode,
            District = input.District?.NameKo,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        subscriber.Attributes.AddRange(input.Attributes.Select(a => new SubscriberTrait { Name = a.Key, Value = a.Value }));
        _db.Set<Subscriber>().Add(subscriber);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        return subscriber;
    }
}
