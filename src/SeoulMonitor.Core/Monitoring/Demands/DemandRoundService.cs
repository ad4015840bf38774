using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>
/// Yearly (or extra) demand-survey rounds. A round is open from <c>OpensAt</c> (inclusive) to <c>ClosesAt</c>
/// (exclusive); a department's demand submitted while a round is open joins it, and a demand naming a closed round
/// is refused (<c>demand.round_closed</c>).
/// </summary>
public sealed class DemandRoundService
{
    /// <summary>The audit entity type of rounds.</summary>
    public const string Entity = "demand_survey_round";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<DemandRoundService> _logger;

    internal DemandRoundService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, ILogger<DemandRoundService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff create a round.</summary>
    public Task<Result<DemandRoundView>> CreateAsync(CreateDemandRoundRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _db.ExecuteAsync<DemandRoundView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return DemandErrors.Forbidden;
            }

            var title = request?.Title?.Trim();
            var opens = TrainingValidation.ParseInstant(request?.OpensAt);
            var closes = TrainingValidation.ParseInstant(request?.ClosesAt);
            DomainError? error =
                request?.Year is not (>= DemandLimits.MinRoundYear and <= DemandLimits.MaxRoundYear) ? DemandFieldErrors.RoundYearOutOfRange
                : title is null || title.Length is < MonitoringLimits.TitleMinLength or > MonitoringLimits.TitleMaxLength ? DemandFieldErrors.RoundTitleLength
                : opens is null ? DemandFieldErrors.RoundOpensInvalid
                : closes is null ? DemandFieldErrors.RoundClosesInvalid
                : closes <= opens || closes - opens > DemandLimits.MaxRoundLength ? DemandFieldErrors.RoundWindowInvalid
                : null;
            if (error is not null)
            {
                return error;
            }

            var now = _time.GetUtcNow();
            var round = new DemandSurveyRound
            {
                Id = Guid.CreateVersion7(now), Year = request!.Year!.Value, Title = title!, OpensAt = opens!.Value, ClosesAt = closes!.Value, CreatedAt = now,
            };
            _db.Set<DemandSurveyRound>().Add(round);
            await _audit.RecordAsync(actor, Entity, round.Id.ToString("D"), "Create", null, "Created", null, ct).ConfigureAwait(false);
            _logger.DemandRoundCreated(round.Id, round.Year, actor.ToString());
            return DemandRoundView.From(round, now);
        }, cancellationToken);
    }

    /// <summary>Rounds, optionally of one year, newest first.</summary>
    public async Task<IReadOnlyList<DemandRoundView>> ListAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var query = _db.Set<DemandSurveyRound>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }

        var rows = await query.OrderByDescending(r => r.OpensAt).Take(DemandLimits.MaxRoundsListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return rows.ConvertAll(r => DemandRoundView.From(r, now));
    }
}
