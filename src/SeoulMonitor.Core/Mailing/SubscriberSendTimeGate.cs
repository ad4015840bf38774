using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The send-time gate for subscriber recipients (<c>sub:{PublicId}</c>), asked right before each send: the consent named
/// by the request must still allow sending now (<see cref="ConsentLifecycle.AllowsSending"/>), belong to that subscriber
/// and be for the request's channel, the subscriber's address on that channel must be the one about to be used, and the
/// address must not be on the suppression list; then the inner gate (the engine's suppression list) decides, and an
/// allowed SMS to a person whose consent includes night sending is answered <see cref="GateDecision.AllowAtNight"/> (the
/// engine holds advertising SMS at night otherwise; <see cref="SeoulMonitor.Mailing.Sms.NightHold"/>). Reads the
/// database (two indexed lookups) on every call, so a withdrawal made while a campaign runs stops the next send.
/// </summary>
public sealed class SubscriberSendTimeGate : ISendTimeGate
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ISendTimeGate _inner;

    /// <summary>Creates the gate over <paramref name="inner"/>.</summary>
    public SubscriberSendTimeGate(IServiceScopeFactory scopes, TimeProvider time, ISendTimeGate inner)
    {
        _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <inheritdoc />
    public async ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default)
    {
        var (refusal, nightSending) = await RefusalAsync(request, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return GateDecision.Deny(refusal);
        }

        var decision = await _inner.CheckAsync(request, cancellationToken).ConfigureAwait(false);
        return decision == GateDecision.Allow && nightSending ? GateDecision.AllowAtNight : decision;
    }

    /// <summary>Why the send is refused (null when it is not), and whether the SMS consent includes night sending.</summary>
    private async Task<(string? Refusal, bool NightSending)> RefusalAsync(GateRequest request, CancellationToken cancellationToken)
    {
        if (!SubscriberRecipientSource.TryParseRecipientId(request.RecipientId, out var publicId))
        {
            return (GateReasons.NotSubscriber, false);
        }

        if (!long.TryParse(request.ConsentId, NumberStyles.None, CultureInfo.InvariantCulture, out var consentId))
        {
            return (GateReasons.NoConsent, false);
        }

        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var row = await (
            from c in db.Set<Consent>().AsNoTracking()
            join s in db.Set<Subscriber>().AsNoTracking() on c.SubscriberId equals s.Id
            where c.Id == consentId
            select new { s.PublicId, s.Email, s.Mobile, c.Channel, c.State, c.RenewalDueAt, c.NightSending })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null || row.PublicId != publicId || row.Channel != request.Channel)
        {
            return (GateReasons.NoConsent, false);
        }

        if (!ConsentLifecycle.AllowsSending(row.State, row.RenewalDueAt, _time.GetUtcNow()))
        {
            return (GateReasons.ConsentEnded(row.State), false);
        }

        var address = request.Channel == DeliveryChannel.Sms ? row.Mobile : row.Email;
        if (address is null || !string.Equals(address, request.Address, StringComparison.Ordinal))
        {
            return (GateReasons.AddressChanged, false);
        }

        var hash = AddressHash.Of(address);
        var channel = request.Channel;
        return await db.Set<SuppressionEntry>().AnyAsync(x => x.Channel == channel && x.AddressHash == hash, cancellationToken).ConfigureAwait(false)
            ? (GateReasons.Suppressed, false)
            : (null, channel == DeliveryChannel.Sms && row.NightSending);
    }
}
