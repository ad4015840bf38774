using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Training;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;

namespace SeoulMonitor.Core.Tests.Incentives;

/// <summary>
/// Evidence of a program year written directly through the context (tasks, participations, submissions, trainings,
/// communities and their activities belong to other features): the awards and insurance tests read it.
/// </summary>
internal static class IncentivesArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-lee");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A task of <paramref name="year"/> in <paramref name="state"/> (fieldwork days 8 to 30 from now by default).</summary>
    public static Task<MonitoringTask> YearTaskAsync(this CoreTestHost host, int year = 2026, MonitoringTaskState state = MonitoringTaskState.Closed) =>
        host.AddTaskAsync(capacity: 400, state: state, adjust: t => t.Year = year);

    /// <summary>A participation in <paramref name="state"/>.</summary>
    public static Task<Participation> JoinAsync(this CoreTestHost host, Guid taskId, Guid monitorId, ParticipationState state) =>
        host.AddParticipationAsync(taskId, monitorId, state);

    /// <summary>Reviewed submissions of one monitor on one task, one per state given (approved ones reviewed at <paramref name="reviewedAt"/>).</summary>
    public static async Task SubmitAsync(this CoreTestHost host, Guid taskId, Guid monitorId, DateTimeOffset? reviewedAt, params SubmissionState[] states)
    {
        var now = host.Time.GetUtcNow();
        var participationId = Guid.NewGuid();
        await host.QueryAsync(async db =>
        {
            db.AddRange(states.Select(state => new FieldSubmission
            {
                Id = Guid.NewGuid(),
                ClientId = Guid.NewGuid(),
                TaskId = taskId,
                ParticipationId = participationId,
                MonitorId = monitorId,
                FormVersion = 1,
                CapturedAt = now,
                ReceivedAt = now,
                State = state,
                Revision = 1,
                ReviewedAt = state == SubmissionState.Received ? null : reviewedAt ?? now,
                ReviewedBy = state == SubmissionState.Received ? null : "staff:reviewer",
                PayloadHash = "00",
                Version = Guid.NewGuid(),
            }));
            return await db.SaveChangesAsync(Ct);
        });
    }

    /// <summary>A training session starting at <paramref name="startsAt"/>; the given monitors registered in the given states.</summary>
    public static async Task<Guid> TrainingAsync(this CoreTestHost host, DateTimeOffset startsAt, params (Guid Monitor, TrainingRegistrationState State)[] registrations)
    {
        var now = host.Time.GetUtcNow();
        var session = new TrainingSession
        {
            Id = Guid.NewGuid(), Title = "모니터 기본 교육", Description = "기본 교육", Location = "시청", StartsAt = startsAt, EndsAt = startsAt.AddHours(2),
            Capacity = 100, RegistrationDeadline = startsAt.AddDays(-1), State = TrainingSessionState.Completed, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        await host.QueryAsync(async db =>
        {
            db.Add(session);
            db.AddRange(registrations.Select(r => new TrainingRegistration
            {
                Id = Guid.NewGuid(), SessionId = session.Id, MonitorId = r.Monitor, State = r.State, CodeHash = "00", RegisteredAt = now,
                AttendedAt = r.State == TrainingRegistrationState.Attended ? startsAt : null, UpdatedAt = now, Version = Guid.NewGuid(),
            }));
            return await db.SaveChangesAsync(Ct);
        });
        return session.Id;
    }

    /// <summary>An active community with <paramref name="members"/> (the first leads) and activities held on the given days in the given states.</summary>
    public static async Task<Guid> CommunityAsync(
        this CoreTestHost host, string name, Guid[] members, params (DateOnly HeldOn, CommunityActivityState State)[] activities)
    {
        var now = host.Time.GetUtcNow();
        var community = new Community
        {
            Id = Guid.NewGuid(), Name = name, NormalizedName = name, Description = "지역 모니터링 모임", State = CommunityState.Active,
            FounderId = members[0], LeaderId = members[0], MemberCount = members.Length, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        await host.QueryAsync(async db =>
        {
            db.Add(community);
            db.AddRange(members.Select((m, i) => new CommunityMember
            {
                Id = Guid.NewGuid(), CommunityId = community.Id, MonitorId = m, State = CommunityMemberState.Member,
                Role = i == 0 ? CommunityRole.Leader : CommunityRole.Member, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            }));
            db.AddRange(activities.Select(a => new CommunityActivity
            {
                Id = Guid.NewGuid(), CommunityId = community.Id, Title = "정기 모임", HeldOn = a.HeldOn, Attendees = members.Length, State = a.State,
                CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            }));
            return await db.SaveChangesAsync(Ct);
        });
        return community.Id;
    }

    /// <summary>Rows of one entity set.</summary>
    public static Task<List<T>> AllAsync<T>(this CoreTestHost host)
        where T : class => host.QueryAsync(db => db.Set<T>().AsNoTracking().ToListAsync(Ct));

    /// <summary>Whether the audit chain is intact.</summary>
    public static async Task<bool> AuditIntactAsync(this CoreTestHost host) =>
        (await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact;
}
