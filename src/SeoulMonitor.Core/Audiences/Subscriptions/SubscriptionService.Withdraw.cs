using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

public sealed partial class SubscriptionService
{
    /// <summary>
    /// Withdraws through the manage token, at once (the send-time gate reads the row): the named lists (all the
    /// subscriber's pending or active consents when none is named) on the channel (both when null). A named consent
    /// that has already ended is <c>consent.invalid_transition</c>; a forged token is <c>subscription.token.invalid</c>
    /// and changes nothing.
    /// </summary>
    public async Task<Result<IReadOnlyList<ConsentView>>> WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_tokens.TryReadManage(request.Token, out var publicId))
        {
            return SubscriptionErrors.TokenInvalid;
        }

        var named = (request.Lists ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().ToList();
        if (named.Count > AudienceLimits.MaxListsPerRequest)
        {
            return SubscriptionErrors.TooManyLists;
        }

        return await GuardAsync(() => _db.ExecuteAsync<IReadOnlyList<ConsentView>>(async ct =>
        {
            var subscriber = await SubscriberAsync(publicId, ct).ConfigureAwait(false);
            if (subscriber is null)
            {
                return SubscriptionErrors.TokenInvalid;
            }

            var consents = await _db.Set<Consent>().Where(c => c.SubscriberId == subscriber.Id).ToListAsync(ct).ConfigureAwait(false);
            var lists = await ListsByIdAsync(consents.Select(c => c.ListId), ct).ConfigureAwait(false);
            consents = consents.Where(c => request.Channel is null || c.Channel == request.Channel).ToList();
            List<Consent> targets;
            if (named.Count == 0)
            {
                targets = consents.Where(c => c.State is ConsentState.Pending or ConsentState.Active).ToList();
            }
            else
            {
                targets = consents.Where(c => named.Contains(lists[c.ListId].Key)).ToList();
                if (named.Any(k => !targets.Any(c => lists[c.ListId].Key == k)))
                {
                    return SubscriptionErrors.ConsentNotFound;
                }
            }

            var now = _time.GetUtcNow();
            foreach (var consent in targets)
            {
                var to = ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.Withdrawn);
                if (!to.IsSuccess)
                {
                    return to.Error;
                }

                Apply(consent, ConsentEventKind.Withdrawn, to.Value, now, SubscriberActor, WithdrawalReasons.ManageLink);
            }

            return targets.ConvertAll(c => ConsentView.From(c, lists[c.ListId]));
        }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Staff withdraw one consent of a subscriber on the person's request, with a reason (one event and one audit record).</summary>
    public async Task<Result<ConsentView>> WithdrawByStaffAsync(Actor actor, Guid subscriberId, long consentId, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var why = MonitorInput.Reason(ConsentLifecycle.Entity, reason, required: true);
        if (!why.IsSuccess)
        {
            return why.Error;
        }

        return await GuardAsync(() => _db.ExecuteAsync<ConsentView>(async ct =>
        {
            var subscriber = await SubscriberAsync(subscriberId, ct).ConfigureAwait(false);
            if (subscriber is null)
            {
                return SubscriptionErrors.SubscriberNotFound;
            }

            var consent = await _db.Set<Consent>().SingleOrDefaultAsync(c => c.Id == consentId && c.SubscriberId == subscriber.Id, ct).ConfigureAwait(false);
            if (consent is null)
            {
                return SubscriptionErrors.ConsentNotFound;
            }

            var from = consent.State;
            var to = ConsentLifecycle.Table.Fire(from, ConsentEventKind.Withdrawn);
            if (!to.IsSuccess)
            {
                return to.Error;
            }

            Apply(consent, ConsentEventKind.Withdrawn, to.Value, _time.GetUtcNow(), actor.ToString(), WithdrawalReasons.StaffPrefix + why.Value);
            await _audit.RecordAsync(actor, ConsentLifecycle.Entity, consent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ConsentEventKind.Withdrawn, (ConsentState?)from, to.Value, why.Value, ct).ConfigureAwait(false);
            var lists = await ListsByIdAsync([consent.ListId], ct).ConfigureAwait(false);
            return ConsentView.From(consent, lists[consent.ListId]);
        }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The one-click unsubscribe of a campaign message: withdraws the consent if it belongs to the subscriber and is
    /// pending or active. True when the consent is the subscriber's (whatever its state: a repeated click changes
    /// nothing more); false when no such consent of that subscriber exists.
    /// </summary>
    public async Task<bool> WithdrawOneClickAsync(Guid subscriberId, long consentId, CancellationToken cancellationToken = default)
    {
        var result = await GuardAsync(() => _db.ExecuteAsync<bool>(async ct =>
        {
            var subscriber = await SubscriberAsync(subscriberId, ct).ConfigureAwait(false);
            var consent = subscriber is null ? null
                : await _db.Set<Consent>().SingleOrDefaultAsync(c => c.Id == consentId && c.SubscriberId == subscriber.Id, ct).ConfigureAwait(false);
            if (consent is null)
            {
                return false;
            }

            if (ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.Withdrawn) is { IsSuccess: true } to)
            {
                Apply(consent, ConsentEventKind.Withdrawn, to.Value, _time.GetUtcNow(), SubscriberActor, WithdrawalReasons.OneClick);
            }

            return true;
        }, cancellationToken)).ConfigureAwait(false);
        return result.IsSuccess && result.Value;
    }
}
