using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// Year-round monitor applications: submission by anonymous citizens (who get a secret access token to check,
/// resubmit or withdraw), duplicate detection, and screening by staff (approve, reject, return for information).
/// Each lifecycle method runs in one transaction and writes exactly one audit record, or is refused and writes nothing.
/// </summary>
public sealed partial class ApplicationService
{
    private const string Entity = ApplicationLifecycle.Entity;
    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly RegionCatalog _regions;
    private readonly EligibilityRules _eligibility;
    private readonly CoreMetrics _metrics;
    private readonly ILogger<ApplicationService> _logger;

    internal ApplicationService(
        SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, RegionCatalog regions, EligibilityRules eligibility,
        CoreMetrics metrics, ILogger<ApplicationService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _regions = regions;
        _eligibility = eligibility;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>
    /// Submits an application: the form is parsed, eligibility checked on today's Seoul date, the consent notice must
    /// be the current version, and the same person may not have another open application or a membership.
    /// </summary>
    public async Task<Result<ApplicationReceipt>> SubmitAsync(ApplicationForm form, ConsentEvidence evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(evidence);
        var now = _time.GetUtcNow();
        var today = SeoulCalendar.DateAt(now);
        var parsed = ApplicantData.Parse(form, _regions, today);
        if (!parsed.IsSuccess)
        {
            return Refuse<ApplicationReceipt>("Submit", parsed.Error);
        }

        var data = parsed.Value;
        if (_eligibility.Evaluate(data.BirthDate, data.District.ProvinceCode, data.District.NameKo, today) is { } ineligible)
        {
            return Refuse<ApplicationReceipt>("Submit", ineligible);
        }

        var (token, tokenHash) = ApplicantToken.Create();
        var id = Guid.CreateVersion7(now);
        var result = await GuardAsync(() => _db.ExecuteAsync<ApplicationReceipt>(async ct =>
        {
            if (await CheckNoticeAsync(data.ConsentNoticeId, ct).ConfigureAwait(false) is { } noticeError)
            {
                return noticeError;
            }

            if (await PersonClaims.HeldByOtherAsync(_db, data.Keys, id, ct).ConfigureAwait(false))
            {
                return MonitorErrors.Duplicate;
            }

            var application = new MonitorApplication
            {
                Id = id,
                State = ApplicationState.Submitted,
                Name = data.Name,
                Email = data.Email,
                Mobile = data.Mobile,
                ProvinceCode = data.District.ProvinceCode,
                District = data.District.NameKo,
                AccessTokenHash = tokenHash,
                SubmittedAt = now,
                Version = Guid.NewGuid(),
            };
            Apply(application, data, evidence, now);
            _db.Set<MonitorApplication>().Add(application);
            await PersonClaims.HoldAsync(_db, id, data.Keys, ct).ConfigureAwait(false);
            await _audit.RecordAsync(ApplicantActor(id), Entity, id.ToString("D"), "Submit", null, nameof(ApplicationState.Submitted), null, ct).ConfigureAwait(false);
            return new ApplicationReceipt(ApplicationView.From(application), token);
        }, cancellationToken)).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Refuse<ApplicationReceipt>("Submit", result.Error);
        }

        _metrics.Transition(Entity, "Submit");
        _logger.ApplicationSubmitted(id);
        return result;
    }

    private static Actor ApplicantActor(Guid applicationId) => new(ActorKind.Citizen, applicationId.ToString("D"));

    private static void Apply(MonitorApplication application, ApplicantData data, ConsentEvidence evidence, DateTimeOffset now)
    {
        application.Name = data.Name;
        application.BirthDate = data.BirthDate;
        application.Email = data.Email;
        application.Mobile = data.Mobile;
        application.ProvinceCode = data.District.ProvinceCode;
        application.District = data.District.NameKo;
        application.ConsentNoticeId = data.ConsentNoticeId;
        application.ConsentedAt = now;
        application.ConsentSourceAddress = evidence.Address;
        application.ConsentUserAgent = evidence.Agent;
        application.UpdatedAt = now;
    }

    /// <summary>Refuses an unknown or superseded consent notice.</summary>
    private async Task<DomainError?> CheckNoticeAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        if (!await _db.Set<ConsentNotice>().AnyAsync(n => n.Id == noticeId, cancellationToken).ConfigureAwait(false))
        {
            return MonitorErrors.ConsentNoticeUnknown;
        }

        var current = await ConsentNoticeService.CurrentAsync(_db, cancellationToken).ConfigureAwait(false);
        return current?.Id == noticeId ? null : MonitorErrors.ConsentNoticeSuperseded;
    }

    private static Task<Result<T>> GuardAsync<T>(Func<Task<Result<T>>> work) => StoreGuard.RunAsync(work, Entity, MonitorErrors.Duplicate);

    private Result<T> Refuse<T>(string operation, DomainError error) => StoreGuard.Refuse<T>(_metrics, _logger, Entity, operation, error);
}
