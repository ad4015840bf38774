using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>
/// Records every staff read of personal data (who, when, which record, purpose) before the data is disclosed, and
/// produces the monthly review.
/// </summary>
public sealed partial class PersonalDataAccessLog
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditTrail _audit;
    private readonly AccessReviewOptions _review;
    private readonly CoreMetrics _metrics;
    private readonly ILogger<PersonalDataAccessLog> _logger;

    internal PersonalDataAccessLog(
        SeoulMonitorDbContext db,
        TimeProvider time,
        AuditTrail audit,
        IOptions<SeoulMonitorCoreOptions> options,
        CoreMetrics metrics,
        ILogger<PersonalDataAccessLog> logger)
    {
        _db = db;
        _time = time;
        _audit = audit;
        _review = options.Value.AccessReview;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Checks a request without recording it.</summary>
    public static DomainError? Validate(AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            return AccessErrors.PurposeRequired;
        }

        if (request.Purpose.Length > AccessLimits.PurposeMaxLength)
        {
            return AccessErrors.PurposeTooLong;
        }

        if (request.Action == AccessAction.Download &&
            (request.Reason is null || request.Reason.Trim().Length < AccessLimits.ReasonMinLength || request.Reason.Length > AccessLimits.ReasonMaxLength))
        {
            return AccessErrors.DownloadReasonRequired;
        }

        return null;
    }

    /// <summary>Records one access; refused (and nothing recorded) when the purpose or download reason is missing.</summary>
    public async Task<Result<PersonalDataAccess>> RecordAsync(Actor actor, AccessRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Validate(request) is { } error)
        {
            return error;
        }

        var entry = new PersonalDataAccess
        {
            Id = Guid.CreateVersion7(_time.GetUtcNow()),
            At = _time.GetUtcNow(),
            ActorId = actor.Id,
            ActorKind = actor.Kind.ToString(),
            SubjectType = request.SubjectType,
            SubjectId = request.SubjectId,
            Action = request.Action,
            Purpose = request.Purpose!.Trim(),
            Reason = request.Reason?.Trim(),
            RecordCount = request.RecordCount,
            SourceAddress = request.SourceAddress,
        };
        _db.Set<PersonalDataAccess>().Add(entry);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _metrics.PersonalDataAccess(request.Action.ToString());
        return entry;
    }

    /// <summary>The accesses to one subject's records, newest first.</summary>
    public async Task<IReadOnlyList<PersonalDataAccess>> ForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default) =>
        await _db.Set<PersonalDataAccess>().AsNoTracking()
            .Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId)
            .OrderByDescending(a => a.At)
            .Take(1000)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
