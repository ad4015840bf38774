using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// Reads of awards: staff see the nominations with their breakdowns and the dialogue invitation list (both name people,
/// so both are access-logged with a declared purpose); a monitor sees their own score and its parts.
/// </summary>
public sealed class AwardReader
{
    /// <summary>The access-log subject type of a cycle's nominations.</summary>
    public const string NominationsSubject = "award_nominations";

    /// <summary>The access-log subject type of a cycle's dialogue invitations.</summary>
    public const string InvitationsSubject = "dialogue_invitations";

    private readonly SeoulMonitorDbContext _db;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly AwardsOptions _options;
    private readonly ILogger<AwardReader> _logger;

    internal AwardReader(SeoulMonitorDbContext db, PersonalDataAccessLog accessLog, IOptions<AwardsOptions> options, ILogger<AwardReader> logger)
    {
        _db = db;
        _accessLog = accessLog;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Staff: the cycle's nominations, monitors then communities, by rank (access-logged).</summary>
    public async Task<Result<IReadOnlyList<NominationView>>> NominationsAsync(
        int year, Actor actor, string? purpose, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        var (cycle, request, refused) = await CheckAsync(year, actor, NominationsSubject, purpose, sourceAddress, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var nominations = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle!.Id)
            .OrderBy(n => n.Kind).ThenBy(n => n.Rank).ToListAsync(cancellationToken).ConfigureAwait(false);
        var monitorNames = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle!.Id && n.Kind == CandidateKind.Monitor)
            .Join(_db.Set<Membership>().AsNoTracking(), n => n.CandidateId, m => m.Id, (n, m) => new { m.Id, m.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken).ConfigureAwait(false);
        var communityNames = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle!.Id && n.Kind == CandidateKind.Community)
            .Join(_db.Set<Community>().AsNoTracking(), n => n.CandidateId, c => c.Id, (n, c) => new { c.Id, c.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken).ConfigureAwait(false);
        var views = nominations.ConvertAll(n => NominationView.From(n,
            (n.Kind == CandidateKind.Monitor ? monitorNames : communityNames).GetValueOrDefault(n.CandidateId) ?? string.Empty));
        return await LoggedAsync<IReadOnlyList<NominationView>>(actor, request!, year, views, views.Count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staff: the invitation list of the mayor's dialogue (names and contacts; access-logged), by rank.</summary>
    public async Task<Result<IReadOnlyList<DialogueInvitationView>>> InvitationsAsync(
        int year, Actor actor, string? purpose, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        var (cycle, request, refused) = await CheckAsync(year, actor, InvitationsSubject, purpose, sourceAddress, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var rows = await _db.Set<DialogueInvitation>().AsNoTracking().Where(i => i.CycleId == cycle!.Id)
            .Join(_db.Set<Membership>().AsNoTracking(), i => i.MonitorId, m => m.Id, (i, m) => new { i, m.Name, m.Email, m.Mobile, m.District })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ranks = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle!.Id && n.Kind == CandidateKind.Monitor && n.Awarded)
            .ToDictionaryAsync(n => n.CandidateId, n => n.Rank, cancellationToken).ConfigureAwait(false);
        var views = rows.Select(r => new DialogueInvitationView(r.i.MonitorId, r.Name, r.Email, r.Mobile, r.District, ranks.GetValueOrDefault(r.i.MonitorId), r.i.CreatedAt))
            .OrderBy(v => v.Rank).ThenBy(v => v.MonitorId).ToList();
        return await LoggedAsync<IReadOnlyList<DialogueInvitationView>>(actor, request!, year, views, views.Count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A monitor's own score of the year (computed now), with the rank once nominations exist.</summary>
    public async Task<Result<MyAwardScoreView>> MyScoreAsync(int year, Guid monitorId, CancellationToken cancellationToken = default)
    {
        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return AwardErrors.YearInvalid;
        }

        var tallies = await AwardScorer.TallyAsync(_db, year, monitorId, cancellationToken).ConfigureAwait(false);
        var parts = AwardScoring.MonitorParts(tallies[monitorId], _options);
        var cycle = await _db.Set<AwardCycle>().AsNoTracking().SingleOrDefaultAsync(c => c.Year == year, cancellationToken).ConfigureAwait(false);
        var nomination = cycle is null ? null : await _db.Set<AwardNomination>().AsNoTracking()
            .SingleOrDefaultAsync(n => n.CycleId == cycle.Id && n.Kind == CandidateKind.Monitor && n.CandidateId == monitorId, cancellationToken).ConfigureAwait(false);
        return MyAwardScoreView.From(year, monitorId, parts, cycle, nomination);
    }

    private async Task<(AwardCycle? Cycle, AccessRequest? Request, DomainError? Refused)> CheckAsync(
        int year, Actor actor, string subject, string? purpose, string? sourceAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AwardCycleService.IsStaff(actor))
        {
            return (null, null, AwardErrors.Forbidden);
        }

        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return (null, null, AwardErrors.YearInvalid);
        }

        var request = new AccessRequest(subject, year.ToString(CultureInfo.InvariantCulture), AccessAction.List, purpose, null, 0, sourceAddress);
        if (PersonalDataAccessLog.Validate(request) is { } invalid)
        {
            return (null, null, invalid);
        }

        var cycle = await _db.Set<AwardCycle>().AsNoTracking().SingleOrDefaultAsync(c => c.Year == year, ct).ConfigureAwait(false);
        return cycle is null ? (null, null, AwardErrors.CycleNotFound) : (cycle, request, null);
    }

    private async Task<Result<T>> LoggedAsync<T>(Actor actor, AccessRequest request, int year, T value, int count, CancellationToken ct)
    {
        var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = count }, ct).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return logged.Error;
        }

        _logger.PersonalDataRead(year, request.SubjectType, actor.ToString(), count);
        return value;
    }
}
