using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// Subscribing and the consent lifecycle: subscribe (double opt-in), confirm, withdraw (manage token, staff, one-click),
/// re-consent. Each operation runs in one transaction; every transition goes through <see cref="ConsentLifecycle.Table"/>
/// and writes exactly one <see cref="ConsentEvent"/>; a refusal writes nothing. Staff withdrawals also write an audit record.
/// </summary>
public sealed partial class SubscriptionService
{
    /// <summary>The event actor of the subscriber themself.</summary>
    public const string SubscriberActor = "subscriber";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly RegionCatalog _regions;
    private readonly CitizenTokens _tokens;
    private readonly SubscriptionOptions _options;
    private readonly SubscriberAddressRules _addresses;

    internal SubscriptionService(
        SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, RegionCatalog regions, CitizenTokens tokens, IOptions<SeoulMonitorCoreOptions> options)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _regions = regions;
        _tokens = tokens;
        _options = options.Value.Subscriptions;
        _addresses = new SubscriberAddressRules(options);
    }

    private static Task<Result<T>> GuardAsync<T>(Func<Task<Result<T>>> work) =>
        StoreGuard.RunAsync(work, ConsentLifecycle.Entity, SubscriptionErrors.AddressConflict);

    private Task<Dictionary<Guid, MailingList>> ListsByIdAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var set = ids.Distinct().ToList();
        return _db.Set<MailingList>().AsNoTracking().Where(l => set.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
    }

    /// <summary>Moves a consent along the table and appends its event (the caller has checked the transition is allowed).</summary>
    private void Apply(Consent consent, ConsentEventKind kind, ConsentState to, DateTimeOffset now, string actor, string? detail, Monitors.ConsentEvidence? evidence = null)
    {
        consent.State = to;
        consent.Version = Guid.NewGuid();
        if (to is ConsentState.Withdrawn or ConsentState.Lapsed or ConsentState.Unconfirmed)
        {
            consent.EndedAt = now;
            consent.EndReason = detail;
            consent.ConfirmationTokenHash = null;
            consent.ConfirmationExpiresAt = null;
        }

        _db.Set<ConsentEvent>().Add(new ConsentEvent
        {
            ConsentId = consent.Id,
            SubscriberId = consent.SubscriberId,
            ListId = consent.ListId,
            Channel = consent.Channel,
            Kind = kind,
            At = now,
            Actor = actor.Length <= 80 ? actor : actor[..80],
            NoticeId = kind is ConsentEventKind.Given or ConsentEventKind.Confirmed or ConsentEventKind.Reaffirmed or ConsentEventKind.Recorded ? consent.NoticeId : null,
            Ip = evidence?.Address is { } ip && ip.Length <= AudienceLimits.IpMaxLength ? ip : null,
            UserAgent = Cut(evidence?.Agent, AudienceLimits.UserAgentMaxLength),
            Detail = Cut(detail, AudienceLimits.ReasonMaxLength),
        });
    }

    private async Task<Subscriber?> SubscriberAsync(Guid publicId, CancellationToken cancellationToken) =>
        await _db.Set<Subscriber>().SingleOrDefaultAsync(s => s.PublicId == publicId, cancellationToken).ConfigureAwait(false);

    private static string? Cut(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}
