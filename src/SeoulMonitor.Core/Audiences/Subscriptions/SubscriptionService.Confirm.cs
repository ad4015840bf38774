using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

public sealed partial class SubscriptionService
{
    /// <summary>
    /// Confirms the double opt-in: every Pending consent of the token becomes Active (confirmed and affirmed now;
    /// policy-customer consents renew on <see cref="ConsentRenewal.DueAfter"/>, others have no renewal date and
    /// advertising ones keep <see cref="Consent.LastAffirmedAt"/> as the anchor of their confirmation notice). A
    /// malformed, forged or used token is <c>subscription.token.invalid</c>; an expired one
    /// <c>subscription.token.expired</c>; either way nothing changes.
    /// </summary>
    public async Task<Result<ConfirmationResult>> ConfirmAsync(string? token, ConsentEvidence evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var hash = ConfirmationToken.TryHash(token);
        if (hash is null)
        {
            return SubscriptionErrors.TokenInvalid;
        }

        return await GuardAsync(() => _db.ExecuteAsync<ConfirmationResult>(async ct =>
        {
            var consents = await _db.Set<Consent>().Where(c => c.ConfirmationTokenHash == hash && c.State == ConsentState.Pending).ToListAsync(ct).ConfigureAwait(false);
            if (consents.Count == 0)
            {
                return SubscriptionErrors.TokenInvalid;
            }

            var now = _time.GetUtcNow();
            if (consents.Any(c => c.ConfirmationExpiresAt is not { } expires || expires <= now))
            {
                return SubscriptionErrors.TokenExpired;
            }

            var lists = await ListsByIdAsync(consents.Select(c => c.ListId), ct).ConfigureAwait(false);
            foreach (var consent in consents)
            {
                var to = ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.Confirmed);
                if (!to.IsSuccess)
                {
                    return to.Error;
                }

                consent.ConfirmedAt = now;
                consent.LastAffirmedAt = now;
                consent.RenewalDueAt = lists[consent.ListId].Regime == ConsentRegime.PolicyCustomer ? ConsentRenewal.DueAfter(now) : null;
                consent.ConfirmationTokenHash = null;
                consent.ConfirmationExpiresAt = null;
                Apply(consent, ConsentEventKind.Confirmed, to.Value, now, SubscriberActor, "double-opt-in", evidence);
            }

            var subscriber = await _db.Set<Subscriber>().AsNoTracking().SingleAsync(s => s.Id == consents[0].SubscriberId, ct).ConfigureAwait(false);
            return new ConfirmationResult(subscriber.PublicId, _tokens.Manage(subscriber.PublicId), consents.ConvertAll(c => ConsentView.From(c, lists[c.ListId])));
        }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Re-consent through the token of a reminder: the Active consent is affirmed again now (policy-customer: renews
    /// on <see cref="ConsentRenewal.DueAfter"/> from now; advertising: the anchor moves to now) with the list's current
    /// notice. Works once per reminder; refused after the renewal date (<c>subscription.reconsent.too_late</c>) or once
    /// lapsed (<c>consent.invalid_transition</c>).
    /// </summary>
    public async Task<Result<ConfirmationResult>> ReaffirmAsync(string? token, ConsentEvidence evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!_tokens.TryReadReconsent(token, out var publicId, out var consentId, out var affirmedTicks, out var expiresAt))
        {
            return SubscriptionErrors.TokenInvalid;
        }

        return await GuardAsync(() => _db.ExecuteAsync<ConfirmationResult>(async ct =>
        {
            var subscriber = await SubscriberAsync(publicId, ct).ConfigureAwait(false);
            var consent = subscriber is null ? null
                : await _db.Set<Consent>().SingleOrDefaultAsync(c => c.Id == consentId && c.SubscriberId == subscriber.Id, ct).ConfigureAwait(false);
            if (subscriber is null || consent is null)
            {
                return SubscriptionErrors.TokenInvalid;
            }

            var now = _time.GetUtcNow();
            if (now >= expiresAt)
            {
                return SubscriptionErrors.TokenExpired;
            }

            var to = ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.Reaffirmed);
            if (!to.IsSuccess)
            {
                return to.Error;
            }

            if (consent.LastAffirmedAt?.UtcTicks != affirmedTicks)
            {
                return SubscriptionErrors.TokenInvalid;
            }

            if (consent.RenewalDueAt is { } due && due <= now)
            {
                return SubscriptionErrors.ReconsentTooLate;
            }

            var lists = await ListsByIdAsync([consent.ListId], ct).ConfigureAwait(false);
            var list = lists[consent.ListId];
            var notices = await ListNotices.CurrentAsync(_db, [list.Id], ct).ConfigureAwait(false);
            consent.NoticeId = notices.TryGetValue(list.Id, out var notice) ? notice.Id : consent.NoticeId;
            consent.LastAffirmedAt = now;
            consent.RenewalDueAt = list.Regime == ConsentRegime.PolicyCustomer ? ConsentRenewal.DueAfter(now) : null;
            consent.ReminderSentAt = null;
            Apply(consent, ConsentEventKind.Reaffirmed, to.Value, now, SubscriberActor, "re-consent", evidence);
            return new ConfirmationResult(subscriber.PublicId, _tokens.Manage(subscriber.PublicId), [ConsentView.From(consent, list)]);
        }, cancellationToken)).ConfigureAwait(false);
    }
}
