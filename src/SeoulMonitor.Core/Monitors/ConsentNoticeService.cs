using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// Publishes versions of the consent notice applicants agree to, and answers which one is current (the newest
/// published). Core seeds none: hosts and tests publish through <see cref="PublishAsync"/>.
/// </summary>
public sealed class ConsentNoticeService
{
    /// <summary>The entity name used in audit records.</summary>
    public const string Entity = "consent_notice";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly CoreMetrics _metrics;
    private readonly ILogger<ConsentNoticeService> _logger;

    internal ConsentNoticeService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, CoreMetrics metrics, ILogger<ConsentNoticeService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Publishes a new version, which supersedes the current one (one audit record).</summary>
    public async Task<Result<ConsentNoticeView>> PublishAsync(Actor actor, ConsentNoticeDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        if (Validate(draft) is { } invalid)
        {
            return Refuse(invalid);
        }

        try
        {
            var result = await _db.ExecuteAsync<ConsentNoticeView>(async ct =>
            {
                var version = draft.Version!.Trim();
                if (await _db.Set<ConsentNotice>().AnyAsync(n => n.Version == version, ct).ConfigureAwait(false))
                {
                    return MonitorErrors.ConsentVersionTaken;
                }

                var now = _time.GetUtcNow();
                foreach (var current in await _db.Set<ConsentNotice>().Where(n => n.SupersededAt == null).ToListAsync(ct).ConfigureAwait(false))
                {
                    current.SupersededAt = now;
                }

                var notice = Create(actor, draft, version, now);
                _db.Set<ConsentNotice>().Add(notice);
                await _audit.RecordAsync(actor, Entity, notice.Id.ToString("D"), "Publish", null, "Published", null, ct).ConfigureAwait(false);
                return ConsentNoticeView.From(notice);
            }, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                _metrics.Transition(Entity, "Publish");
                _logger.ConsentNoticePublished(result.Value.Version, result.Value.Id, actor.ToString());
            }

            return result.IsSuccess ? result : Refuse(result.Error);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return Refuse(MonitorErrors.ConsentVersionTaken);
        }
    }

    /// <summary>The current (newest) version, or <c>consent_notice.none</c>.</summary>
    public async Task<Result<ConsentNoticeView>> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(_db, cancellationToken).ConfigureAwait(false);
        return current is null ? MonitorErrors.NoConsentNotice : ConsentNoticeView.From(current);
    }

    /// <summary>One version (current or superseded), or <c>consent_notice.not_found</c>.</summary>
    public async Task<Result<ConsentNoticeView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notice = await _db.Set<ConsentNotice>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
        return notice is null
            ? DomainError.NotFound("consent_notice.not_found", "The consent notice was not found.", "개인정보 수집·이용 안내를 찾을 수 없습니다.")
            : ConsentNoticeView.From(notice);
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<ConsentNoticeView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var notices = await _db.Set<ConsentNotice>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return notices.OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id).Select(ConsentNoticeView.From).ToList();
    }

    /// <summary>The newest published version (there are few, so they are ordered in memory).</summary>
    internal static async Task<ConsentNotice?> CurrentAsync(SeoulMonitorDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Set<ConsentNotice>().AsNoTracking().Where(n => n.SupersededAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return open.OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id).FirstOrDefault();
    }

    private static ConsentNotice Create(Actor actor, ConsentNoticeDraft draft, string version, DateTimeOffset now)
    {
        var (purpose, items, retention, right, consequence) =
            (draft.Purpose!.Trim(), draft.ItemsCollected!.Trim(), draft.RetentionPeriod!.Trim(), draft.RefusalRight!.Trim(), draft.RefusalConsequence!.Trim());
        return new ConsentNotice
        {
            Id = Guid.CreateVersion7(now),
            Version = version,
            Purpose = purpose,
            ItemsCollected = items,
            RetentionPeriod = retention,
            RefusalRight = right,
            RefusalConsequence = consequence,
            TextSha256 = ConsentNoticeText.Hash(ConsentNoticeText.Compose(purpose, items, retention, right, consequence)),
            PublishedAt = now,
            PublishedBy = actor.ToString().Length <= 100 ? actor.ToString() : actor.ToString()[..100],
        };
    }

    private static DomainError? Validate(ConsentNoticeDraft draft) =>
        Check(draft.Version, "version", "Version", "버전", MonitorLimits.ConsentVersionMaxLength)
        ?? Check(draft.Purpose, "purpose", "Purpose", "수집·이용 목적", MonitorLimits.ConsentTextMaxLength)
        ?? Check(draft.ItemsCollected, "items_collected", "Items collected", "수집 항목", MonitorLimits.ConsentTextMaxLength)
        ?? Check(draft.RetentionPeriod, "retention_period", "Retention period", "보유·이용 기간", MonitorLimits.ConsentTextMaxLength)
        ?? Check(draft.RefusalRight, "refusal_right", "Right to refuse", "동의 거부 권리", MonitorLimits.ConsentTextMaxLength)
        ?? Check(draft.RefusalConsequence, "refusal_consequence", "Consequence of refusal", "거부 시 불이익", MonitorLimits.ConsentTextMaxLength);

    private static DomainError? Check(string? value, string field, string en, string ko, int max) =>
        string.IsNullOrWhiteSpace(value) ? MonitorInput.Required(Entity, field, en, ko)
        : value.Trim().Length > max ? MonitorInput.TooLong(Entity, field, max, en, ko)
        : null;

    private Result<ConsentNoticeView> Refuse(DomainError error)
    {
        _metrics.Refusal(error.Code);
        _logger.Refused(Entity, "Publish", error.Code);
        return error;
    }
}
