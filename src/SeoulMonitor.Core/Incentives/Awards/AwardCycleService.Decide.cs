using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Incentives.Awards;

public sealed partial class AwardCycleService
{
    /// <summary>
    /// Staff record the committee's decision: winners among the cycle's nominations, at most the declared numbers of
    /// monitors and communities, at least one winner, none twice.
    /// </summary>
    public Task<Result<AwardCycleView>> DecideAsync(int year, DecideAwardsRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var monitors = request.MonitorIds ?? [];
        var communities = request.CommunityIds ?? [];
        DomainError? invalid = monitors.Count + communities.Count == 0 ? AwardErrors.Empty
            : monitors.Distinct().Count() != monitors.Count || communities.Distinct().Count() != communities.Count ? AwardErrors.Duplicate
            : request.Note?.Length > AwardLimits.NoteMaxLength ? AwardErrors.NoteTooLong
            : null;
        if (invalid is not null)
        {
            return Task.FromResult(_recorder.Outcome(Result<AwardCycleView>.Failure(invalid)));
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        return FireAsync(year, AwardCycleEvent.Decide, actor, note, async (cycle, _, ct) =>
        {
            if (monitors.Count > cycle.MonitorAwards)
            {
                return AwardErrors.TooManyMonitors;
            }

            if (communities.Count > cycle.CommunityAwards)
            {
                return AwardErrors.TooManyCommunities;
            }

            var nominations = await _db.Set<AwardNomination>().Where(n => n.CycleId == cycle.Id).ToListAsync(ct).ConfigureAwait(false);
            var chosen = nominations.Where(n => (n.Kind == CandidateKind.Monitor && monitors.Contains(n.CandidateId))
                || (n.Kind == CandidateKind.Community && communities.Contains(n.CandidateId))).ToList();
            if (chosen.Count != monitors.Count + communities.Count)
            {
                return AwardErrors.NotNominated;
            }

            foreach (var nomination in chosen)
            {
                nomination.Awarded = true;
                nomination.Note = note;
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Staff announce the winners: one plaque (감사패) per winner ("{year} 우수 시민모니터" / "{year} 우수 커뮤니티"), one
    /// invitation to the mayor's dialogue per winning monitor, and one notice per winning monitor and per winning
    /// community's leader (through the durable outbox, in the same transaction). The lifecycle allows it once.
    /// </summary>
    public Task<Result<AwardCycleView>> AnnounceAsync(int year, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(year, AwardCycleEvent.Announce, actor, null, async (cycle, now, ct) =>
        {
            var winners = await _db.Set<AwardNomination>().AsNoTracking().Where(n => n.CycleId == cycle.Id && n.Awarded)
                .OrderBy(n => n.Kind).ThenBy(n => n.Rank).ToListAsync(ct).ConfigureAwait(false);
            var today = SeoulCalendar.Today(_time);
            var monitorIds = winners.Where(w => w.Kind == CandidateKind.Monitor).Select(w => w.CandidateId).ToList();
            var communityIds = winners.Where(w => w.Kind == CandidateKind.Community).Select(w => w.CandidateId).ToList();
            var communities = await _db.Set<Community>().AsNoTracking().Where(c => communityIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Name, c.LeaderId }).ToDictionaryAsync(c => c.Id, ct).ConfigureAwait(false);
            var recipients = monitorIds.Concat(communities.Values.Where(c => c.LeaderId != null).Select(c => c.LeaderId!.Value)).Distinct().ToList();
            var emails = await _db.Set<Membership>().AsNoTracking().Where(m => recipients.Contains(m.Id))
                .Select(m => new { m.Id, m.Email }).ToDictionaryAsync(m => m.Id, m => m.Email, ct).ConfigureAwait(false);
            var notices = 0;
            foreach (var winner in winners)
            {
                var monitor = winner.Kind == CandidateKind.Monitor;
                var title = string.Create(CultureInfo.InvariantCulture, $"{cycle.Year} {(monitor ? "우수 시민모니터" : "우수 커뮤니티")}");
                _db.Set<Plaque>().Add(new Plaque
                {
                    Id = Guid.CreateVersion7(now),
                    CycleId = cycle.Id,
                    RecipientKind = winner.Kind,
                    RecipientId = winner.CandidateId,
                    Title = title,
                    AwardedOn = today,
                });
                if (monitor)
                {
                    _db.Set<DialogueInvitation>().Add(new DialogueInvitation { CycleId = cycle.Id, MonitorId = winner.CandidateId, CreatedAt = now });
                }

                var to = monitor ? winner.CandidateId : communities.GetValueOrDefault(winner.CandidateId)?.LeaderId;
                if (to is { } recipient && emails.GetValueOrDefault(recipient) is { Length: > 0 } email)
                {
                    var name = monitor ? null : communities[winner.CandidateId].Name;
                    MonitoringNotices.Enqueue(_db, email, $"[서울시민모니터] {title} 선정 안내 / Award", NoticeBody(title, name, monitor), AwardNoticeKinds.Announced, now);
                    notices++;
                }
            }

            _logger.Announced(cycle.Year, winners.Count, monitorIds.Count, notices);
            return null;
        }, cancellationToken);

    private static string NoticeBody(string title, string? community, bool monitor) => monitor
        ? $"축하합니다. {title}(으)로 선정되어 감사패를 드리며, 시장과의 대화에 초대합니다.\n\nCongratulations: you were chosen as an excellent citizen monitor ({title}). You receive a plaque of appreciation and an invitation to the mayor's dialogue."
        : $"축하합니다. 커뮤니티 '{community}'이(가) {title}(으)로 선정되어 감사패를 드립니다.\n\nCongratulations: your community '{community}' was chosen as an excellent community ({title}) and receives a plaque of appreciation.";
}
