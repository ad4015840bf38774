using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>
/// Data-subject requests (PIPA Art. 35–37): a person starts one with their address and confirms it through a signed
/// link sent there (an access request is answered at once with the export); staff register requests received on paper
/// or by phone, list the open ones (overdue first) and answer them: complete (export, correct, erase) or refuse with a
/// reason. Each request is due <see cref="MaintenanceLimits.DataRequestDays"/> days after receipt. Staff actions are
/// audited; a refused operation writes nothing.
/// </summary>
public sealed partial class DataSubjectRequestService
{
    private const string Entity = DataRequestErrors.Entity;
    private readonly SeoulMonitorDbContext _db;
    private readonly IAudienceNotifier _notifier;
    private readonly CitizenTokens _tokens;
    private readonly ConsentMaintenanceOptions _options;
    private readonly TimeProvider _time;
    private readonly AuditTrail _audit;
    private readonly RegionCatalog _regions;
    private readonly ILogger<DataSubjectRequestService> _logger;

    internal DataSubjectRequestService(
        SeoulMonitorDbContext db, IAudienceNotifier notifier, CitizenTokens tokens, IOptions<ConsentMaintenanceOptions> options,
        TimeProvider time, AuditTrail audit, RegionCatalog regions, ILogger<DataSubjectRequestService> logger)
    {
        _db = db;
        _notifier = notifier;
        _tokens = tokens;
        _options = options.Value;
        _time = time;
        _audit = audit;
        _regions = regions;
        _logger = logger;
    }

    /// <summary>
    /// A person asks (public): validates the address and kind; when a subscriber holds the address, queues the signed
    /// confirmation link to it. The answer is the same whether or not the address is held (nothing is revealed).
    /// </summary>
    public async Task<Result<Unit>> StartAsync(string? address, string? kind, CancellationToken cancellationToken = default)
    {
        var parsedKind = ParseKind(kind);
        if (!parsedKind.IsSuccess)
        {
            return parsedKind.Error;
        }

        var parsed = ParseAddress(address);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var (channel, normalized) = parsed.Value;
        return await _db.ExecuteAsync<Unit>(async ct =>
        {
            var subscriber = await FindByAddress(channel, normalized).Select(s => new { s.Id, s.PublicId })
                .SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (subscriber is not null)
            {
                var expires = _time.GetUtcNow() + _options.DataRequestTokenLifetime;
                var token = _tokens.DataRequest(subscriber.PublicId, parsedKind.Value, expires);
                var link = new Uri($"{_options.DataRequestUrl.AbsoluteUri}?token={Uri.EscapeDataString(token)}");
                await _notifier.QueueDataRequestVerificationAsync(
                    new DataRequestVerification(subscriber.Id, channel, normalized, parsedKind.Value, link, expires), ct).ConfigureAwait(false);
            }

            return Unit.Value;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The person opens the link: registers the request (once: the same open request is returned for a second use) and,
    /// for an access request, answers it at once with the export. A forged or expired token changes nothing.
    /// </summary>
    public async Task<Result<DataRequestReceipt>> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (!_tokens.TryReadDataRequest(token, out var publicId, out var kind, out var expiresAt))
        {
            return DataRequestErrors.TokenInvalid;
        }

        if (now >= expiresAt)
        {
            return DataRequestErrors.TokenExpired;
        }

        return await _db.ExecuteAsync<DataRequestReceipt>(async ct =>
        {
            if (!await _db.Set<Subscriber>().AnyAsync(s => s.PublicId == publicId, ct).ConfigureAwait(false))
            {
                return DataRequestErrors.SubjectGone;
            }

            var request = await _db.Set<DataSubjectRequest>()
                .Where(r => r.SubscriberPublicId == publicId && r.Kind == kind && r.State == DataSubjectRequestState.Received)
                .FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (request is null)
            {
                request = await RegisterAsync(Actor.Citizen, publicId, kind, now, ct).ConfigureAwait(false);
            }

            SubscriberExport? export = null;
            if (kind == DataSubjectRequestKind.Export)
            {
                await AnswerAsync(Actor.Citizen, request, DataSubjectRequestState.Completed, "exported to the data subject on confirmation", now, ct).ConfigureAwait(false);
                await _db.SaveChangesAsync(ct).ConfigureAwait(false); // the export lists this request too
                export = await SubscriberExporter.ExportAsync(_db, publicId, now, ct).ConfigureAwait(false);
            }

            return new DataRequestReceipt(DataRequestView.From(request, now), export);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staff register a request received on paper or by phone (audited).</summary>
    public async Task<Result<DataRequestView>> RegisterAsync(Actor staff, StaffDataRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(input);
        var kind = ParseKind(input.Kind);
        if (!kind.IsSuccess)
        {
            return kind.Error;
        }

        if ((input.Address is null) == (input.SubscriberId is null))
        {
            return DataRequestErrors.SubjectRequired;
        }

        (DeliveryChannel Channel, string Address)? byAddress = null;
        if (input.Address is not null)
        {
            var parsed = ParseAddress(input.Address);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            byAddress = parsed.Value;
        }

        var now = _time.GetUtcNow();
        return await _db.ExecuteAsync<DataRequestView>(async ct =>
        {
            var query = byAddress is { } a ? FindByAddress(a.Channel, a.Address) : _db.Set<Subscriber>().Where(s => s.PublicId == input.SubscriberId);
            var publicId = await query.Select(s => (Guid?)s.PublicId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (publicId is null)
            {
                return DataRequestErrors.SubjectUnknown;
            }

            var request = await RegisterAsync(staff, publicId.Value, kind.Value, now, ct).ConfigureAwait(false);
            return DataRequestView.From(request, now);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open requests, overdue first, then by deadline (at most <see cref="MaintenanceLimits.MaxOpenRequestsListed"/>).</summary>
    public async Task<IReadOnlyList<DataRequestView>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var open = await _db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.State == DataSubjectRequestState.Received)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(MaintenanceLimits.MaxOpenRequestsListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. open.Select(r => DataRequestView.From(r, now)).OrderByDescending(v => v.Overdue).ThenBy(v => v.DueAt)];
    }

    /// <summary>One request.</summary>
    public async Task<Result<DataRequestView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var request = await _db.Set<DataSubjectRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        return request is null ? DataRequestErrors.NotFound : DataRequestView.From(request, _time.GetUtcNow());
    }

    private async Task<DataSubjectRequest> RegisterAsync(Actor actor, Guid publicId, DataSubjectRequestKind kind, DateTimeOffset now, CancellationToken ct)
    {
        var request = new DataSubjectRequest
        {
            Id = Guid.CreateVersion7(now),
            SubscriberPublicId = publicId,
            Kind = kind,
            State = DataSubjectRequestState.Received,
            ReceivedAt = now,
            DueAt = now.AddDays(MaintenanceLimits.DataRequestDays),
        };
        _db.Set<DataSubjectRequest>().Add(request);
        await _audit.RecordAsync(actor, Entity, request.Id.ToString("D"), "Register", null, request.State.ToString(), kind.ToString(), ct).ConfigureAwait(false);
        _logger.DataRequestChanged(request.Id, kind.ToString(), "registered", actor.ToString());
        return request;
    }

    private IQueryable<Subscriber> FindByAddress(DeliveryChannel channel, string address) =>
        channel == DeliveryChannel.Email ? _db.Set<Subscriber>().Where(s => s.Email == address) : _db.Set<Subscriber>().Where(s => s.Mobile == address);

    private static Result<DataSubjectRequestKind> ParseKind(string? kind)
    {
        var parsed = Monitors.MonitorInput.Enum<DataSubjectRequestKind>(Entity, "kind", kind);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        return parsed.Value is { } k
            ? k
            : DomainError.Validation("data_request.kind.required", "kind", "Say what you ask for: Export, Correction or Erasure.", "요구 종류(열람, 정정, 삭제)를 선택하세요.");
    }

    /// <summary>An address with '@' is an e-mail address, anything else a mobile number; each normalised as subscribers' are.</summary>
    private static Result<(DeliveryChannel, string)> ParseAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > AudienceLimits.EmailMaxLength)
        {
            return DataRequestErrors.AddressInvalid;
        }

        var email = address.Contains('@', StringComparison.Ordinal);
        var normalized = email ? SubscriberAddress.Email(address) : SubscriberAddress.Mobile(address);
        return normalized.IsSuccess ? (email ? DeliveryChannel.Email : DeliveryChannel.Sms, normalized.Value) : DataRequestErrors.AddressInvalid;
    }
}
