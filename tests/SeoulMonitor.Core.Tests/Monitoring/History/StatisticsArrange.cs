using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.History;

/// <summary>
/// Live tasks, participations, submissions and findings written straight through the context (their services are
/// built elsewhere), for the statistics tests.
/// </summary>
internal static class StatisticsArrange
{
    /// <summary>When every finding of the arrangement was sent.</summary>
    public static readonly DateTimeOffset SentAt = new(2025, 9, 1, 1, 0, 0, TimeSpan.Zero);

    public static MonitoringTask Task(int year, string department, MonitoringTaskState state = MonitoringTaskState.Closed, int? historicalParticipants = null) => new()
    {
        Id = Guid.NewGuid(),
        Year = year,
        Title = $"{department} 점검",
        Department = department,
        Capacity = 10,
        State = state,
        IsHistorical = historicalParticipants is not null,
        HistoricalParticipants = historicalParticipants,
        HistoricalKey = historicalParticipants is null ? null : $"{year}-{Guid.NewGuid():N}"[..20],
        Version = Guid.NewGuid(),
    };

    public static Participation Participation(MonitoringTask task, ParticipationState state, Guid? monitor = null) => new()
    {
        Id = Guid.NewGuid(),
        TaskId = task.Id,
        MonitorId = monitor ?? Guid.NewGuid(),
        State = state,
        Version = Guid.NewGuid(),
    };

    public static IEnumerable<FieldSubmission> Submissions(MonitoringTask task, SubmissionState state, int count) =>
        Enumerable.Range(0, count).Select(_ => new FieldSubmission
        {
            Id = Guid.NewGuid(),
            ClientId = Guid.NewGuid(),
            TaskId = task.Id,
            ParticipationId = Guid.NewGuid(),
            MonitorId = Guid.NewGuid(),
            FormVersion = 1,
            State = state,
            Revision = 1,
            Version = Guid.NewGuid(),
        });

    /// <summary>A finding sent at <see cref="SentAt"/>, acknowledged and last changed after the given days.</summary>
    public static Finding Finding(MonitoringTask task, FindingState state, double? acknowledgedAfterDays, double updatedAfterDays, bool pastDeadline)
    {
        var draft = state == FindingState.Draft;
        return new Finding
        {
            Id = Guid.NewGuid(),
            TaskId = task.Id,
            Title = "의견",
            State = state,
            SentAt = draft ? null : SentAt,
            AcknowledgedAt = acknowledgedAfterDays is { } a ? SentAt.AddDays(a) : null,
            RespondBy = draft ? null : pastDeadline ? CoreTestHost.DefaultStart.AddDays(-1) : CoreTestHost.DefaultStart.AddDays(1),
            CreatedAt = SentAt,
            UpdatedAt = SentAt.AddDays(updatedAfterDays),
            Version = Guid.NewGuid(),
        };
    }

    public static async Task SaveAsync(this CoreTestHost host, params IEnumerable<object> entities)
    {
        await using var scope = host.Scope();
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SeoulMonitor.Core.Persistence.SeoulMonitorDbContext>(scope.ServiceProvider);
        db.AddRange(entities);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
