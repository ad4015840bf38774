using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>
/// Set-up of the awards benchmark (not measured), from one seeded <see cref="Random"/>: N active monitors (every 20th
/// suspended), T closed tasks of the year with 100–400 distinct participants each, S submissions spread over the
/// participations (70 % approved, 12 % returned, 8 % superseded, 5 % rejected, 5 % received; approved ones make their
/// participation Completed), 24 training sessions with 0–3 attendances per monitor, and 60 communities of 5–20 members
/// with 0–12 activities each (3 in 4 verified). Rows go in with batched inserts (EF Core, change detection off, 5,000 a save).
/// </summary>
internal static class AwardsYearSeeder
{
    public const int Year = 2026;

    public static async Task<(int Participations, int Submissions, int Attendances, int Activities)> SeedAsync(
        SeoulMonitorDbContext db, AwardsYearArguments a, CancellationToken ct)
    {
        var rng = new Random(a.Seed);
        var at = new DateTimeOffset(Year, 3, 2, 1, 0, 0, TimeSpan.Zero);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var monitors = Enumerable.Range(1, a.Monitors).Select(i => new Membership
        {
            Id = Guid.CreateVersion7(at.AddSeconds(i)), ApplicationId = Guid.NewGuid(), State = i % 20 == 0 ? MembershipState.Suspended : MembershipState.Active,
            TermEndsOn = new DateOnly(Year + 1, 3, 1), JoinedAt = at, Name = $"모니터{i}", Email = $"m{i}@example.com", Mobile = $"010{i:D8}",
            ProvinceCode = "11", District = "중구", UpdatedAt = at, Version = Guid.NewGuid(),
        }).ToList();
        await SaveAsync(db, monitors, ct).ConfigureAwait(false);

        var tasks = Enumerable.Range(1, a.Tasks).Select(i => new MonitoringTask
        {
            Id = Guid.CreateVersion7(at.AddMinutes(i)), Year = Year, Title = $"과제 {i}", Purpose = "점검", Department = "시민봉사담당관", Sites = "서울",
            Capacity = 400, RecruitmentOpensAt = at, RecruitmentClosesAt = at.AddDays(7), FieldworkOpensAt = at.AddDays(8), FieldworkClosesAt = at.AddDays(30),
            State = MonitoringTaskState.Closed, CurrentFormVersion = 1, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
        }).ToList();
        await SaveAsync(db, tasks, ct).ConfigureAwait(false);

        var participations = new List<Participation>();
        foreach (var task in tasks)
        {
            var seats = rng.Next(100, 401);
            foreach (var monitor in monitors.OrderBy(_ => rng.Next()).Take(seats))
            {
                participations.Add(new Participation
                {
                    Id = Guid.NewGuid(), TaskId = task.Id, MonitorId = monitor.Id, State = ParticipationState.Selected, Sequence = participations.Count + 1,
                    AppliedAt = at, SelectedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
                });
            }
        }

        var submissions = new List<FieldSubmission>(a.Submissions);
        for (var i = 0; i < a.Submissions; i++)
        {
            var p = participations[rng.Next(participations.Count)];
            var roll = rng.Next(100);
            var state = roll < 70 ? SubmissionState.Approved : roll < 82 ? SubmissionState.Returned : roll < 90 ? SubmissionState.Superseded
                : roll < 95 ? SubmissionState.Rejected : SubmissionState.Received;
            if (state == SubmissionState.Approved)
            {
                p.State = ParticipationState.Completed;
            }

            submissions.Add(new FieldSubmission
            {
                Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), TaskId = p.TaskId, ParticipationId = p.Id, MonitorId = p.MonitorId, FormVersion = 1,
                CapturedAt = at.AddDays(9), ReceivedAt = at.AddDays(9), State = state, Revision = 1,
                ReviewedAt = state == SubmissionState.Received ? null : at.AddDays(10).AddMinutes(rng.Next(100_000)), PayloadHash = "00", Version = Guid.NewGuid(),
            });
        }

        await SaveAsync(db, participations, ct).ConfigureAwait(false);
        await SaveAsync(db, submissions, ct).ConfigureAwait(false);

        var sessions = Enumerable.Range(1, 24).Select(i => new TrainingSession
        {
            Id = Guid.NewGuid(), Title = $"교육 {i}", Description = "모니터 교육", Location = "시청", StartsAt = at.AddDays(i * 10), EndsAt = at.AddDays(i * 10).AddHours(2),
            Capacity = 500, RegistrationDeadline = at.AddDays(i * 10 - 1), State = TrainingSessionState.Completed, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
        }).ToList();
        await SaveAsync(db, sessions, ct).ConfigureAwait(false);
        var registrations = monitors.SelectMany(m => sessions.OrderBy(_ => rng.Next()).Take(rng.Next(4)).Select(s => new TrainingRegistration
        {
            Id = Guid.NewGuid(), SessionId = s.Id, MonitorId = m.Id, State = TrainingRegistrationState.Attended, CodeHash = "00", RegisteredAt = at,
            AttendedAt = s.StartsAt, UpdatedAt = at, Version = Guid.NewGuid(),
        })).ToList();
        await SaveAsync(db, registrations, ct).ConfigureAwait(false);

        var (members, activities) = (new List<CommunityMember>(), new List<CommunityActivity>());
        var communities = Enumerable.Range(1, 60).Select(i =>
        {
            var crew = monitors.OrderBy(_ => rng.Next()).Take(rng.Next(5, 21)).ToList();
            var c = new Community
            {
                Id = Guid.NewGuid(), Name = $"커뮤니티 {i}", NormalizedName = $"커뮤니티 {i}", Description = "모임", State = CommunityState.Active,
                FounderId = crew[0].Id, LeaderId = crew[0].Id, MemberCount = crew.Count, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
            };
            members.AddRange(crew.Select((m, j) => new CommunityMember
            {
                Id = Guid.NewGuid(), CommunityId = c.Id, MonitorId = m.Id, State = CommunityMemberState.Member, Role = j == 0 ? CommunityRole.Leader : CommunityRole.Member,
                CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
            }));
            activities.AddRange(Enumerable.Range(0, rng.Next(13)).Select(k => new CommunityActivity
            {
                Id = Guid.NewGuid(), CommunityId = c.Id, Title = "정기 모임", HeldOn = new DateOnly(Year, 1 + rng.Next(12), 1 + rng.Next(28)), Attendees = 5,
                State = rng.Next(4) == 0 ? CommunityActivityState.Reported : CommunityActivityState.Verified, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
            }));
            return c;
        }).ToList();
        await SaveAsync(db, communities, ct).ConfigureAwait(false);
        await SaveAsync(db, members, ct).ConfigureAwait(false);
        await SaveAsync(db, activities, ct).ConfigureAwait(false);
        return (participations.Count, submissions.Count, registrations.Count, activities.Count);
    }

    private static async Task SaveAsync<T>(SeoulMonitorDbContext db, List<T> rows, CancellationToken ct)
        where T : class
    {
        foreach (var chunk in rows.Chunk(5000))
        {
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
    }
}
